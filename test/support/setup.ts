import '@testing-library/jest-dom';
import { installCustomFunctionsShim } from '../../src/functions/customFunctionsShim';

installCustomFunctionsShim();
