import { type CellInput } from '../../src/workbook/workbookHost';

/**
 * Cells Excel refuses with "The argument is invalid" — after the add-in may have changed other
 * parts of the workbook — checked before anything is written (src/workbook/workbookRules.ts).
 * test/workbook/cellLimits.test.ts runs each one through both workbook hosts.
 */
export interface CellLimitCase {
  readonly name: string;
  readonly cell: CellInput;
  /** null: written as it is; otherwise the message's distinctive part. */
  readonly refused: RegExp | null;
}

export const cellLimitCases: readonly CellLimitCase[] = [
  {
    name: 'text of 32,767 characters, the most a cell holds',
    cell: 'x'.repeat(32_767),
    refused: null,
  },
  {
    name: 'text of 32,768 characters',
    cell: 'x'.repeat(32_768),
    refused: /text of 32,768 characters; Excel keeps at most 32,767/,
  },
  { name: 'a 1 MB text', cell: 'x'.repeat(1_000_000), refused: /text of 1,000,000 characters/ },
  {
    name: 'a formula of 8,192 characters',
    cell: `=${'1+'.repeat(4_095)}1`,
    refused: null,
  },
  {
    name: 'a formula of 8,193 characters',
    cell: `=${'1+'.repeat(4_095)}12`,
    refused: /a formula of 8,193 characters; Excel keeps at most 8,192/,
  },
  { name: 'NaN', cell: Number.NaN, refused: /holds NaN, not a number Excel can keep/ },
  { name: 'Infinity', cell: Number.POSITIVE_INFINITY, refused: /holds Infinity/ },
  { name: '−Infinity', cell: Number.NEGATIVE_INFINITY, refused: /holds -Infinity/ },
  { name: 'the largest number', cell: Number.MAX_VALUE, refused: null },
];
