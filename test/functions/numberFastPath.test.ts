import { credit, netfees, payout } from '../../src/functions/functions';
import { column, expectError, NA, OMITTED, row, VALUE } from './excelValues';

/**
 * CREDIT and NETFEES take a cell that already holds a finite number as it is and send every other
 * cell (text, blanks, errors) through the general reader. Both ways must give the same results:
 * the same ranges with their numbers written as text take the general way for every cell.
 */
const MIX = 'mix a percentage with a fraction';
const asText = (grid: unknown[][]): unknown[][] =>
  grid.map((cells) => cells.map((c) => (typeof c === 'number' ? String(c) : c)));
const inputError = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code, 'input');

describe('a range of numbers is read as the same cells as text would be', () => {
  // Expected 99.5 and 95, allocations 40% and 50% of 10,000 (4,000 and 5,000 per failure).
  const EXPECTED = column(99.5, 95);
  const ALLOCATION = column(0.4, 0.5);
  const N_A = inputError(CustomFunctions.ErrorCode.notAvailable);
  const DIV0 = inputError(CustomFunctions.ErrorCode.divisionByZero);
  // Months: 1 SL2 fails → 5,000; 2 nothing measured → blank; 3 SL1 (text) fails → 4,000;
  // 4 SL1 fails, SL2 blank → 4,000; 5 SL1 is #N/A → #N/A; 6 SL2 0.95 against 95 → scale mix;
  // 7 SL1 0.995 (mix) before SL2's #DIV/0! → the mix; 8 SL1's #DIV/0! before SL2's mix → #DIV/0!.
  const PERFORMANCE = [
    [99.7, '', '99.2', 99.2, N_A, 99.1, 0.995, DIV0],
    [94, null, 96, '  ', 94, 0.95, DIV0, 0.95],
  ];

  it('CREDIT: blanks, text numbers and errors among numbers, the first bad cell of a month in service-level order', () => {
    const [months] = credit(PERFORMANCE, EXPECTED, ALLOCATION, 10000, OMITTED);
    expect(months.slice(0, 4)).toEqual([5000, '', 4000, 4000]);
    expectError(months[4], NA);
    expectError(months[5], VALUE, `performance and expected: 0.95 and 95 ${MIX}`);
    expectError(months[6], VALUE, `performance and expected: 0.995 and 99.5 ${MIX}`);
    expect(months[7]).toBe(DIV0);
    expect(credit(asText(PERFORMANCE), EXPECTED, ALLOCATION, 10000, OMITTED)).toEqual([months]);
  });

  it('CREDIT: lower-is-better levels, and levels and allocations written as text', () => {
    // hours, lower is better: expected 4 and 8, allocations 60% of 2,000 (1,200 per failure).
    // Month 1: 5 > 4 and 9 > 8 both fail, 2,400 capped at 2,000; month 2: 9 > 8 fails → 1,200;
    // month 3: both exactly on their level → 0.
    const perf = [
      [5, 3, 4],
      [9, 9, 8],
    ];
    const result = credit(perf, column(4, 8), column(0.6, 0.6), 2000, row('lower', 'LOWER'));
    expect(result).toEqual([[2000, 1200, 0]]);
    expect(credit(asText(perf), column('4', '8'), column('60%', 0.6), 2000, [['lower']])).toEqual(
      result,
    );
  });

  // Bands: below 99 → −10%, 99 → −5%, 99.5 → 0, 99.9 → +2% (step).
  const BANDS = [
    [0, -0.1],
    [99, -0.05],
    [99.5, 0],
    [99.9, 0.02],
  ];

  it('NETFEES: blanks, text numbers and errors among numbers, and the bonus after an error', () => {
    // Fee 100,000, bonus cap 3,000. 1 +2,000 → 102,000; 2 blank; 3 text "99.2" → 95,000;
    // 4 #N/A; 5 a bonus after the error: the room left is unknown → #N/A; 6 a credit → 90,000.
    const perf = row(99.95, '', '99.2', N_A, 99.95, 98);
    const [out] = netfees(row(100000), perf, BANDS, OMITTED, 3000, OMITTED);
    expect(out.slice(0, 3)).toEqual([102000, '', 95000]);
    expect(out[3]).toBe(N_A);
    expect(out[4]).toBe(N_A);
    expect(out[5]).toBe(90000);
    expect(netfees(row(100000), asText(perf), BANDS, OMITTED, 3000, OMITTED)).toEqual([out]);
  });

  it('NETFEES: fees per period with a blank, a negative and a text fee', () => {
    // 1 fee 50,000 → 51,000; 2 fee blank → blank; 3 fee −1 → #VALUE!; 4 fee "80000" at −5% → 76,000;
    // 5 performance 0.995 against bounds 0 and 99 → scale mix.
    const fees = row(50000, '', -1, '80000', 100000);
    const perf = row(99.95, 99.95, 99.95, 99.2, 0.995);
    const [out] = netfees(fees, perf, BANDS, OMITTED, OMITTED, OMITTED);
    expect(out.slice(0, 2)).toEqual([51000, '']);
    expectError(out[2], VALUE, 'fees must not be negative, not -1');
    expect(out[3]).toBe(76000);
    expectError(out[4], VALUE, `performance and bands: 0.995 and 99 ${MIX}`);
    expect(netfees(asText(fees), asText(perf), BANDS, OMITTED, OMITTED, OMITTED)).toEqual([out]);
  });
});

describe('a band table read once is found again by its cells', () => {
  const bands = () => [
    ['Lower bound', 'Rate'],
    [0, -0.1],
    [99.5, 0],
  ];

  it('gives the same rates for a fresh copy of the same cells', () => {
    expect(payout(row(99, 99.6), bands(), OMITTED, OMITTED)).toEqual([[-0.1, 0]]);
    expect(payout(row(99, 99.6), bands(), OMITTED, OMITTED)).toEqual([[-0.1, 0]]);
  });

  it('reads the table again when a cell changed, even in the same array', () => {
    const table = bands();
    expect(payout(row(99.6), table, OMITTED, OMITTED)).toEqual([[0]]);
    table[2][1] = 0.01;
    expect(payout(row(99.6), table, OMITTED, OMITTED)).toEqual([[0.01]]);
    table[2][0] = 0.995; // now a table of fractions
    expect(payout(row(0.996), table, OMITTED, OMITTED)).toEqual([[0.01]]);
  });

  it('still fails a bad table with its own message every time', () => {
    const bad = [
      [0, -0.1],
      [0, 0],
    ];
    for (let k = 0; k < 2; k++) {
      const [[error]] = payout(row(99), bad, OMITTED, OMITTED);
      expectError(error, VALUE, 'bands: duplicate lower bound 0');
    }
  });
});
