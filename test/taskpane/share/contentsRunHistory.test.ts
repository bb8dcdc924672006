import { conventionFor } from '../../../src/engine/rules/numberText';
import { carriedLines, removedItems } from '../../../src/taskpane/share/contentsText';
import { negotiationDataRemovedNotice } from '../../../src/taskpane/session/sessionNotices';
import { type WorkbookContents } from '../../../src/workbook/negotiationData';

/** The kept Compare runs in the Share tab's words and in the notice after removing them. */
const GERMAN = conventionFor('de-DE');

const CONTENTS: WorkbookContents = {
  storedModel: { kind: 'none' },
  changeLogRows: null,
  resultsSheet: false,
  draftKept: false,
  actualsRows: 0,
  statementSheets: 0,
};

describe('the run history among what the workbook carries', () => {
  it('is counted when there is one, and not mentioned when there is none', () => {
    const withRuns = { ...CONTENTS, keptRuns: 1_020 };
    expect(carriedLines(withRuns, GERMAN)).toContain('Run history: 1.020 kept Compare runs');
    expect(removedItems(withRuns, GERMAN)).toEqual([
      'The run history: the hidden OM_RunHistory sheet (1.020 kept runs)',
    ]);
    expect(carriedLines(CONTENTS, GERMAN).join(' ')).not.toMatch(/Run history/);
    expect(removedItems(CONTENTS, GERMAN)).toEqual([]);
  });

  it('is named in the notice after the removal', () => {
    const removed = {
      proposals: [],
      scenarios: [],
      changeLogRows: null,
      resultsSheet: true,
      draft: false,
      keptRuns: 1,
      sheetsLeft: [],
    };
    expect(negotiationDataRemovedNotice(removed).text).toBe(
      'Removed from the workbook: the simulation results sheet and the run history (1 kept run). The contract, its service levels and bands, actuals and statements stay.',
    );
  });
});
