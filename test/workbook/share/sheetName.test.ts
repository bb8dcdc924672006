import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { sheetName } from '../../../src/workbook/share/sharedSheet';

/**
 * Sheet names made from proposal names follow Excel's rules whatever the user typed — cut to 31
 * characters between characters, no []:*?/\, no apostrophe at either end (also where the cut
 * falls), unique without regard to case — and ExcelJS, which checks the same rules, accepts them.
 */
const valid = (name: string) =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[[\]:*?/\\]/.test(name) &&
  !name.startsWith("'") &&
  !name.endsWith("'") &&
  !/\s\s/.test(name);

it('the review’s cases: an apostrophe where the cut falls, brackets, runs of spaces', () => {
  const taken = new Set<string>();
  expect(sheetName("Terms Walk-away for the buyers' eyes", taken)).toBe(
    'Terms Walk-away for the buyers',
  );
  expect(sheetName("Terms Their 'final' [best] offer", taken)).toBe(
    "Terms Their 'final' best offer",
  );
  expect(sheetName("''", taken)).toBe('Sheet');
  expect(sheetName('sheet', taken)).toBe('sheet (2)');
});

it('any proposal name gives a valid, unique sheet name that ExcelJS accepts', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: 1, maxLength: 8 }),
      (names) => {
        const taken = new Set<string>();
        const workbook = new ExcelJS.Workbook();
        const made = names.map((n) => sheetName(`Terms ${n}`, taken));
        for (const name of made) {
          expect(valid(name)).toBe(true);
          workbook.addWorksheet(name);
        }
        expect(new Set(made.map((m) => m.toLowerCase())).size).toBe(made.length);
      },
    ),
    { numRuns: 300 },
  );
});
