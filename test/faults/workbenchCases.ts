/**
 * Adversarial inputs for the browser workbench (its saved workbook, its grid and its formula
 * evaluator), each with what must happen. The tests in test/workbench/ run every entry; the docs'
 * "What we tried" table lists these arrays.
 */

const GOOD_STATE = {
  format: 'outcome-modeler-memory-workbook',
  version: 1,
  sheets: [{ name: 'Sheet1', cells: [] as unknown[] }],
  tables: [],
  names: [],
  charts: [],
  documents: {},
  activeSheet: 'Sheet1',
};
const saved = (changes: Record<string, unknown>) => JSON.stringify({ ...GOOD_STATE, ...changes });
const STARTED_NEW = 'The workbench started with a new workbook.';
const KEPT = 'The damaged save is kept aside in this browser; Reset workbook deletes it.';
const damaged = (why: string) => `The saved workbook is damaged: ${why}. ${STARTED_NEW} ${KEPT}`;

/** What localStorage holds when the page starts, and what the page must make of it. */
export interface SavedStateCase {
  readonly name: string;
  readonly saved: string;
  /** The message the page shows, or null when the save opens. */
  readonly problem: string | null;
  /** Sheets of the workbook the page starts with. */
  readonly sheets: readonly string[];
}

export const savedStateCases: readonly SavedStateCase[] = [
  {
    name: 'truncated JSON',
    saved: '{"format":"outcome-modeler-memory-workbook","vers',
    problem: damaged('it is not readable JSON'),
    sheets: ['Sheet1'],
  },
  {
    name: 'not JSON at all',
    saved: '{not json',
    problem: damaged('it is not readable JSON'),
    sheets: ['Sheet1'],
  },
  {
    name: 'an empty string',
    saved: '',
    problem: damaged('it is not readable JSON'),
    sheets: ['Sheet1'],
  },
  {
    name: 'JSON null',
    saved: 'null',
    problem: damaged('(top): Invalid input: expected object, received null'),
    sheets: ['Sheet1'],
  },
  {
    name: 'another format',
    saved: saved({ format: 'something-else' }),
    problem: damaged('format: Invalid input: expected "outcome-modeler-memory-workbook"'),
    sheets: ['Sheet1'],
  },
  {
    name: 'a later version',
    saved: saved({ version: 2 }),
    problem: damaged('version: Invalid input: expected 1'),
    sheets: ['Sheet1'],
  },
  {
    name: 'a cell in row 0',
    saved: saved({
      sheets: [{ name: 'Sheet1', cells: [{ row: 0, col: 1, input: 1, format: null }] }],
    }),
    problem: damaged('sheets.0.cells.0.row: Too small: expected number to be >=1'),
    sheets: ['Sheet1'],
  },
  {
    name: 'a cell holding an object',
    saved: saved({
      sheets: [{ name: 'Sheet1', cells: [{ row: 1, col: 1, input: {}, format: null }] }],
    }),
    problem: damaged('sheets.0.cells.0.input: Invalid input'),
    sheets: ['Sheet1'],
  },
  {
    name: 'a sheet name Excel refuses',
    saved: saved({ sheets: [{ name: 'Bad/Name', cells: [] }], activeSheet: 'Bad/Name' }),
    problem: damaged('Sheet name "Bad/Name" is not valid: it contains one of : \\ / ? * [ ]'),
    sheets: ['Sheet1'],
  },
  {
    name: 'two sheets differing only in case',
    saved: saved({
      sheets: [
        { name: 'A', cells: [] },
        { name: 'a', cells: [] },
      ],
      activeSheet: 'A',
    }),
    problem: damaged('sheet "a" appears twice'),
    sheets: ['Sheet1'],
  },
  {
    name: 'a 1 MB active sheet name: the message is clipped',
    saved: saved({ activeSheet: 'x'.repeat(1_000_000) }),
    problem: `The saved workbook is damaged: there is no sheet "${'x'.repeat(250)}…. ${STARTED_NEW} ${KEPT}`,
    sheets: ['Sheet1'],
  },
  {
    name: 'a good save with a cell at XFD1048576 opens',
    saved: saved({
      sheets: [{ name: 'Data', cells: [{ row: 1_048_576, col: 16_384, input: 5, format: null }] }],
      activeSheet: 'Data',
    }),
    problem: null,
    sheets: ['Data'],
  },
];

/** A storage that fails the way browsers' do, and what the workbench must do about it. */
export interface StorageFailureCase {
  readonly name: string;
  /** What the test storage does: its quota in characters, and which call throws which error. */
  readonly storage: {
    readonly quotaChars?: number;
    readonly throwsOn?: 'getItem' | 'setItem' | 'removeItem' | 'localStorage';
    readonly error?: string;
  };
  /** What is saved before the page starts, and a damaged save kept aside earlier. */
  readonly saved: string | null;
  readonly savedAside?: string;
  readonly action: 'open' | 'save a change' | 'reset';
  /** The message shown (null: none), and what the storage holds afterwards. */
  readonly problem: string | null;
  readonly stored: Readonly<Record<string, string | null>>;
}

const MAIN = 'outcome-modeler.workbench.v1';
const ASIDE = `${MAIN}.damaged`;
const NOT_KEPT =
  'The last change could not be kept in this browser (its storage for this page is full). It is on the screen, but a reload would show the workbook as it was before it. Reset workbook frees the space.';
const EMPTY = saved({});

export const storageFailureCases: readonly StorageFailureCase[] = [
  {
    name: 'setItem throws QuotaExceededError when a change is saved',
    storage: { quotaChars: EMPTY.length + MAIN.length + 10 },
    saved: EMPTY,
    action: 'save a change',
    problem: NOT_KEPT,
    stored: { [MAIN]: EMPTY },
  },
  {
    name: "Firefox's NS_ERROR_DOM_QUOTA_REACHED when a change is saved",
    storage: { throwsOn: 'setItem', error: 'NS_ERROR_DOM_QUOTA_REACHED' },
    saved: null,
    action: 'save a change',
    problem: NOT_KEPT,
    stored: { [MAIN]: null },
  },
  {
    name: 'a damaged save filling the quota: moved aside, needing no extra room',
    storage: { quotaChars: MAIN.length + 'x'.repeat(5000).length + ASIDE.length },
    saved: 'x'.repeat(5000),
    action: 'open',
    problem: damaged('it is not readable JSON'),
    stored: { [MAIN]: null, [ASIDE]: 'x'.repeat(5000) },
  },
  {
    name: 'a damaged save and no room at all to move it: the page still starts',
    storage: { throwsOn: 'setItem', error: 'QuotaExceededError' },
    saved: '{damaged',
    action: 'open',
    problem: `The saved workbook is damaged: it is not readable JSON. ${STARTED_NEW} There was no room to keep the damaged save aside: your next change replaces it.`,
    stored: { [MAIN]: '{damaged', [ASIDE]: null },
  },
  {
    name: 'getItem throws SecurityError',
    storage: { throwsOn: 'getItem', error: 'SecurityError' },
    saved: EMPTY,
    action: 'open',
    problem: `The workbook saved in this browser could not be read (The operation is insecure.). ${STARTED_NEW}`,
    stored: { [MAIN]: EMPTY },
  },
  {
    name: 'window.localStorage itself throws (storage switched off)',
    storage: { throwsOn: 'localStorage', error: 'SecurityError' },
    saved: null,
    action: 'open',
    problem:
      'This browser does not let the workbench keep anything (its storage is switched off): the workbook lasts until the page is closed.',
    stored: {},
  },
  {
    name: 'reset when the storage is full: deletes the save and the damaged copy',
    storage: { quotaChars: MAIN.length + EMPTY.length + ASIDE.length + 1000 },
    saved: EMPTY,
    savedAside: 'y'.repeat(1000),
    action: 'reset',
    problem: null,
    stored: { [MAIN]: null, [ASIDE]: null },
  },
  {
    name: 'reset when removeItem throws: does not throw',
    storage: { throwsOn: 'removeItem', error: 'SecurityError' },
    saved: EMPTY,
    action: 'reset',
    problem: null,
    stored: { [MAIN]: EMPTY },
  },
];

// The formula and grid cases live beside this file; they are listed here with the others.
export {
  type ExpectedCell,
  formulaChainCases,
  hugeRangeCases,
  type SheetFormulaCase,
  type SheetGridCase,
  sheetGridCases,
} from './workbenchSheetCases';
