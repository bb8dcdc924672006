// Runs before functions.ts in the functions bundle: outside Excel, CustomFunctions.associate must exist.
import { installCustomFunctionsShim } from './customFunctionsShim';

installCustomFunctionsShim();
