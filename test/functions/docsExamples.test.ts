import {
  attainment,
  credit,
  earnback,
  gainshare,
  netfees,
  payout,
  ratchet,
  status,
  volumeprice,
} from '../../src/functions/functions';
import { cell, column, expectError, NA, OMITTED, row } from './excelValues';

/**
 * The example sheets of docs/functions.md, computed by the functions: if a result here changes, the
 * user docs must change with it. Each value is worked out in the docs next to the example.
 */
describe('docs/functions.md examples', () => {
  it('ATTAINMENT', () => {
    const result = attainment(
      column(99.7, 93, 3.2, ''),
      column(99.5, 95, 4, 120),
      column('higher', 'higher', 'lower', 'lower'),
    );
    expect(result[0][0]).toBeCloseTo(1.00201005, 8); // 99.7 / 99.5
    expect(result[1][0]).toBeCloseTo(0.97894737, 8); // 93 / 95
    expect(result[2][0]).toBe(1.25); // 4 / 3.2
    expect(result[3][0]).toBe('');
    expect(attainment(cell(99.2), cell(99.5), OMITTED)[0][0]).toBeCloseTo(0.99698492, 8);
  });

  it('STATUS', () => {
    expect(
      status(
        column(99.7, 93, 9, ''),
        column(99.5, 95, 4, 120),
        column(99, 90, 8, ''),
        column('higher', 'higher', 'lower', 'lower'),
      ),
    ).toEqual([['Met'], ['Missed'], ['Below minimum'], ['']]);
  });

  const PAYOUT_BANDS = [
    ['Lower bound', 'Rate'],
    [99.9, '2%'],
    [99.5, '0%'],
    [99, '-5%'],
    [0, '-10%'],
  ];

  it('PAYOUT', () => {
    const values = column(99.95, 99.7, 99.25, 98);
    expect(payout(values, PAYOUT_BANDS, OMITTED, OMITTED)).toEqual([[0.02], [0], [-0.05], [-0.1]]);
    const linear = payout(values, PAYOUT_BANDS, 'linear', OMITTED);
    expect(linear[0][0]).toBe(0.02);
    expect(linear[1][0]).toBeCloseTo(0.01, 12);
    expect(linear[2][0]).toBeCloseTo(-0.025, 12);
    expect(linear[3][0]).toBeCloseTo(-0.1 + (98 / 99) * 0.05, 12); // −5.0505%
    expect(linear[3][0]).toBeCloseTo(-0.050505, 6);
    expect(payout(cell(99.25), PAYOUT_BANDS, 'step', cell(120000))).toEqual([[-6000]]);
    expect(payout(cell(99.25), PAYOUT_BANDS, 'linear', cell(120000))[0][0]).toBeCloseTo(-3000, 8);
  });

  it('CREDIT', () => {
    const performance = [
      [99.7, 99.2, 99.2, 99.2, ''],
      [96, 96, 94, 94, ''],
      [3.5, 3.5, 3.5, 5, ''],
    ];
    expect(
      credit(
        performance,
        column(99.5, 95, 4),
        column('40%', '50%', '60%'),
        10000,
        column('higher', 'higher', 'lower'),
      ),
    ).toEqual([[0, 4000, 9000, 10000, '']]);
    expect(credit(cell(99.1), cell(99.5), cell(0.2), 10000, OMITTED)).toEqual([[2000]]);
  });

  it('EARNBACK', () => {
    expect(earnback(4000, row(99.6, 99.5, 99.8), 99.5, OMITTED, OMITTED)).toBe(4000);
    expect(earnback(4000, row(99.6, 99.4, 99.8), 99.5, OMITTED, OMITTED)).toBe(0);
    expect(earnback(4000, row(99.6, 99.4, 99.8), 99.5, 'prorata', OMITTED)).toBeCloseTo(
      2666.6666667,
      6,
    );
    expectError(
      earnback(4000, row(99.6, '', ''), 99.5, OMITTED, OMITTED),
      NA,
      'window not complete',
    );
  });

  it('RATCHET', () => {
    const year = row(99.7, 99.7, 99.7, 99.7, 99.7, 99.7, 99.9, 99.9, 99.9, 99.9, 99.9, 99.9);
    expect(ratchet(99.5, year, OMITTED, OMITTED, OMITTED, OMITTED)).toBeCloseTo(99.65, 10);
    expect(ratchet(99.5, year, 'midpoint', 0.1, OMITTED, OMITTED)).toBeCloseTo(99.55, 10);
    expect(ratchet(99.5, year, 'average', OMITTED, OMITTED, OMITTED)).toBeCloseTo(99.8, 10);
    expect(ratchet(4, row(3, 3.5, 3, 3.5), OMITTED, 0.05, 'lower', OMITTED)).toBeCloseTo(3.8, 12);
    expect(ratchet(4.2, row(4.5, 4.7), OMITTED, 0.1, OMITTED, 5)).toBeCloseTo(4.28, 12);
    expect(ratchet(0.995, row(0.997, 0.999), OMITTED, 0.1, OMITTED, OMITTED)).toBeCloseTo(
      0.9955,
      12,
    );
  });

  it('GAINSHARE', () => {
    const shares = [
      ['Actual / target from', 'Provider share'],
      [0, 0.3],
      [0.95, 0.5],
      [1.05, 0.8],
    ];
    const result = gainshare(
      column(900000, 970000, 1000000, 1030000, 1100000),
      cell(1000000),
      shares,
      OMITTED,
      OMITTED,
    );
    const expected = [40000, 15000, 0, -15000, -65000];
    expected.forEach((amount, i) => expect(result[i][0]).toBeCloseTo(amount, 6));
    expect(gainshare(cell(1100000), cell(1000000), shares, 50000, OMITTED)).toEqual([[-50000]]);
  });

  it('NETFEES', () => {
    const performance = row(99.95, 99.2, 99.95, 99.95, '', 98);
    expect(netfees(cell(100000), performance, PAYOUT_BANDS, OMITTED, OMITTED, OMITTED)).toEqual([
      [102000, 95000, 102000, 102000, '', 90000],
    ]);
    expect(netfees(cell(100000), performance, PAYOUT_BANDS, OMITTED, 5000, 8000)).toEqual([
      [102000, 95000, 102000, 101000, '', 92000],
    ]);
  });

  it('VOLUMEPRICE', () => {
    const tiers = [
      ['From units', 'Unit price'],
      [0, 5],
      [1000, 4],
      [5000, 3],
    ];
    const units = column(800, 1000, 3000, 7000);
    expect(volumeprice(units, tiers, OMITTED)).toEqual([[4000], [5000], [13000], [27000]]);
    expect(volumeprice(units, tiers, 'allunits')).toEqual([[4000], [4000], [12000], [21000]]);
  });
});
