import { type Contract } from '../../src/engine/terms/contract';
import { diffModels } from '../../src/workbook/changeLog';
import { sampleContract } from '../../src/workbook/sampleModel';

const TIME = new Date('2025-03-01T09:30:00.000Z');
// The sample has a gain share; these tests start without one.
const base: Contract = { ...sampleContract(), gainShare: undefined };
const rows = (before: Contract, after: Contract) =>
  diffModels({ contract: before }, { contract: after }, TIME).map((e) => [
    e.field,
    e.oldValue,
    e.newValue,
  ]);

describe('the change log of the commercial levers', () => {
  it('logs gain share switched on, term by term, with readable values', () => {
    const after: Contract = {
      ...base,
      gainShare: {
        targetCostAnnual: 2_400_000,
        shareBands: [
          { bound: 1.05, rate: 0.8 },
          { bound: 0, rate: 0.5 },
        ],
        painCap: 250_000,
        gainCap: null,
      },
    };
    expect(rows(base, after)).toEqual([
      ['Gain share', 'none', 'on'],
      ['Gain-share target cost (year)', 'none', '2400000'],
      ['Gain-share bands', 'none', '0→50%; 1.05→80%'],
      ['Pain cap (year)', 'none', '250000'],
      // An uncapped gain reads "none" either way: nothing to log.
    ]);
  });

  it('logs a cost base and its indexation', () => {
    const before: Contract = { ...base, costBase: { monthlyByYear: [200_000], indexation: null } };
    const after: Contract = {
      ...base,
      costBase: { monthlyByYear: [200_000, 205_000], indexation: 0.025 },
    };
    expect(rows(before, after)).toEqual([
      ['Monthly cost by year', '200000', '200000; 205000'],
      ['Cost indexation (year)', 'none', '2.5%'],
    ]);
    expect(rows(after, base)).toEqual([
      ['Monthly cost by year', '200000; 205000', 'none'],
      ['Cost indexation (year)', '2.5%', 'none'],
    ]);
  });
});
