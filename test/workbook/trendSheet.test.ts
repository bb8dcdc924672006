import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { periodSerial } from '../../src/workbook/excelDates';
import { writeTrendSheet, TRENDS_SHEET } from '../../src/workbook/trendSheet';
import { contract, serviceLevel } from '../engine/contractFixtures';
import { actualsFrom } from '../engine/serviceReviewFixtures';

/** One SL (allocation 0.5, binary bands at 99.5, at risk 10,000): Jan met, Feb missed (5,000), Mar not measured, Apr met. */
describe('trend sheet', () => {
  it('writes performance against the levels and the money per month, with a chart each', async () => {
    const host = new MemoryWorkbookHost();
    const terms = contract([serviceLevel('a', { name: 'Availability', minimum: 99 })]);
    await writeTrendSheet(
      host,
      terms,
      actualsFrom('2026-01', { a: [99.6, 99.2, NaN, 99.7] }),
      '2026-01',
    );
    expect(host.charts().map((c) => [c.kind, c.title, c.sourceAddress, c.placeAt])).toEqual([
      ['columnClustered', 'Credits and incentives per month (USD)', 'A1:C5', 'F1:M16'],
      ['line', 'Availability (%, higher is better)', 'A18:D22', 'F18:M33'],
    ]);
    // Months are dates shown "Jan 2026" (46023 is 1 January 2026), with no apostrophe in sight.
    const jan = periodSerial('2026-01');
    expect(jan).toBe(46023);
    expect(await host.readRange(TRENDS_SHEET, 'A1:C5')).toEqual([
      ['Period', 'Credits', 'Incentives'],
      [jan, 0, 0],
      [periodSerial('2026-02'), 5000, 0],
      [periodSerial('2026-03'), 0, 0],
      [periodSerial('2026-04'), 0, 0],
    ]);
    expect(host.sheetCells(TRENDS_SHEET).find((c) => c.address === 'A2')?.numberFormat).toBe(
      'mmm yyyy',
    );
    expect(await host.readRange(TRENDS_SHEET, 'A19:D21')).toEqual([
      [jan, 99.6, 99.5, 99],
      [periodSerial('2026-02'), 99.2, 99.5, 99],
      [periodSerial('2026-03'), '', 99.5, 99],
    ]);
    // The availability line's axis fits 99–99.7, not 0–100.
    expect(host.charts()[1].valueAxis).toEqual({ minimum: 98.9, maximum: 99.8 });
    expect(host.charts()[0].valueAxis).toBeUndefined();
  });

  it('refuses when no actuals fall inside the term', async () => {
    const host = new MemoryWorkbookHost();
    await expect(
      writeTrendSheet(host, contract([serviceLevel('a')]), [], '2026-01'),
    ).rejects.toThrow('There are no actuals inside the contract term to chart.');
  });
});
