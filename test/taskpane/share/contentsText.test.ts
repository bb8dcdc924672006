import { conventionFor, ENGLISH_NUMBERS } from '../../../src/engine/rules/numberText';
import {
  carriedLines,
  figureText,
  removedItems,
  sizeText,
} from '../../../src/taskpane/share/contentsText';
import { type WorkbookContents } from '../../../src/workbook/negotiationData';

/** The Share tab's words and numbers, in the user's convention. */
const GERMAN = conventionFor('de-DE');
const FRENCH = conventionFor('fr-FR');

describe('figureText', () => {
  it('groups and marks decimals as the locale writes them', () => {
    expect(figureText(1_234_567, ENGLISH_NUMBERS)).toBe('1,234,567');
    expect(figureText(1_234_567, GERMAN)).toBe('1.234.567');
    // A space groups as a narrow no-break space: the number never breaks across lines.
    expect(figureText(1_234_567, FRENCH)).toBe('1\u202f234\u202f567');
    expect(figureText(2.75, GERMAN, 1)).toBe('2,8');
    expect(figureText(37, GERMAN)).toBe('37');
  });

  it('writes what rounds to zero as zero, never "-0"', () => {
    expect(figureText(-0.4, GERMAN)).toBe('0');
    expect(figureText(-0.04, GERMAN, 1)).toBe('0');
    expect(figureText(-0.06, GERMAN, 1)).toBe('-0,1');
  });
});

describe('sizeText', () => {
  it('gives bytes below 1 KB, one decimal below 10 KB, whole kilobytes, then megabytes', () => {
    expect(sizeText(1, ENGLISH_NUMBERS)).toBe('1 byte');
    expect(sizeText(812, ENGLISH_NUMBERS)).toBe('812 bytes');
    // 1,536 / 1,024 = 1.5
    expect(sizeText(1536, ENGLISH_NUMBERS)).toBe('1.5 KB');
    expect(sizeText(1536, GERMAN)).toBe('1,5 KB');
    // 14,336 / 1,024 = 14
    expect(sizeText(14_336, ENGLISH_NUMBERS)).toBe('14 KB');
    // 1,048,000 / 1,024 = 1,023.4: still kilobytes, grouped
    expect(sizeText(1_048_000, GERMAN)).toBe('1.023 KB');
    // 1,048,576 / 1,024 = 1,024 KB = 1 MB
    expect(sizeText(1_048_576, GERMAN)).toBe('1 MB');
    // 2,411,724 / 1,048,576 = 2.3
    expect(sizeText(2_411_724, ENGLISH_NUMBERS)).toBe('2.3 MB');
  });
});

const CONTENTS: WorkbookContents = {
  storedModel: { kind: 'ok', bytes: 14_336, proposals: ['Our offer'], scenarios: [] },
  changeLogRows: 1234,
  resultsSheet: false,
  draftKept: false,
  actualsRows: 0,
  statementSheets: 0,
};

describe('carriedLines and removedItems', () => {
  it('say each thing once, in the locale, one proposal in the singular', () => {
    expect(carriedLines(CONTENTS, GERMAN)).toEqual([
      'Stored model: 14 KB',
      '1 proposal: Our offer',
      'No scenarios',
      'Change log: 1.234 rows',
      'No simulation results sheet',
      'No unwritten edits kept',
    ]);
    expect(removedItems(CONTENTS, ENGLISH_NUMBERS)).toEqual([
      'From the stored model, 1 proposal: Our offer',
      'The change log: the OM_ChangeLog sheet (1,234 rows)',
    ]);
  });

  it('name an unreadable stored model and offer nothing of it to remove', () => {
    const unreadable: WorkbookContents = {
      ...CONTENTS,
      storedModel: { kind: 'unreadable', bytes: 9, message: 'The stored model is not valid JSON.' },
      changeLogRows: null,
    };
    expect(carriedLines(unreadable, ENGLISH_NUMBERS)[0]).toBe(
      'Stored model: 9 bytes, which cannot be read (The stored model is not valid JSON.)',
    );
    expect(removedItems(unreadable, ENGLISH_NUMBERS)).toEqual([]);
  });
});
