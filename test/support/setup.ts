import fc from 'fast-check';
import '@testing-library/jest-dom';
import { installCustomFunctionsShim } from '../../src/functions/customFunctionsShim';

installCustomFunctionsShim();

// Property tests run from a fixed seed so every CI run checks the same cases; FC_SEED=<n> explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
