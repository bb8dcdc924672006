import { ENGLISH_NUMBERS } from '../../../src/engine/rules/numberText';
import { negotiationDataRemovedNotice } from '../../../src/taskpane/session/sessionNotices';
import { carriedLines, removedItems } from '../../../src/taskpane/share/contentsText';
import { type WorkbookContents } from '../../../src/workbook/negotiationData';

/** The Share tab and the removal notice name the term-by-term sheet when the workbook has it. */
const CONTENTS: WorkbookContents = {
  storedModel: { kind: 'none' },
  changeLogRows: null,
  resultsSheet: false,
  draftKept: false,
  actualsRows: 0,
  statementSheets: 0,
};

describe('the OM_TermDifferences sheet on the Share tab', () => {
  it('is carried and removed when there, and not mentioned when not', () => {
    const withSheet = { ...CONTENTS, termDifferencesSheet: true };
    expect(carriedLines(withSheet, ENGLISH_NUMBERS)).toContain(
      'Term-by-term comparison sheet OM_TermDifferences',
    );
    expect(removedItems(withSheet, ENGLISH_NUMBERS)).toEqual([
      'The term-by-term comparison: the OM_TermDifferences sheet',
    ]);
    expect(carriedLines(CONTENTS, ENGLISH_NUMBERS).join(' ')).not.toMatch(/term-by-term/i);
    expect(removedItems(CONTENTS, ENGLISH_NUMBERS)).toEqual([]);
  });

  it('is named in the notice after a removal', () => {
    const notice = negotiationDataRemovedNotice({
      proposals: [],
      scenarios: [],
      changeLogRows: null,
      resultsSheet: false,
      draft: false,
      termDifferencesSheet: true,
      sheetsLeft: [],
    });
    expect(notice.text).toMatch(/^Removed from the workbook: the term-by-term sheet\./);
  });
});
