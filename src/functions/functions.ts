/**
 * The OUTCOME.* Excel custom functions. The metadata generator reads the JSDoc of each top-level
 * function here, so this file holds only the nine declarations; each converts nothing itself and
 * hands its arguments to an adapter, which validates them and calls src/engine.
 * Types: `unknown[][]` is a range (a single cell arrives as [[x]]), `unknown` a single value.
 */
import { payoutCells, netFeeCells } from './bandFunctions';
import { costFunctionsNote } from './costFunctions';
import { creditCells, earnbackValue } from './creditFunctions';
import { ratchetValue } from './ratchetFunction';
import { attainmentCells, statusCells } from './serviceLevelFunctions';
