import { type ActualRecord } from '../engine/review/actuals';
import { type Contract } from '../engine/terms/contract';
import { unwrap } from '../engine/rules/result';
import { cell, reviewTerm } from '../engine/review/reviewedTerm';
import { periodAfter } from '../engine/review/servicePeriod';
import { textCell } from './cellText';
import { type CellInput, type WorkbookHost } from './workbookHost';
import { type AxisRange, fittedAxis } from './chartAxis';
import { MONTH_FORMAT, periodSerial } from './excelDates';

/**
 * OM_Trends: per service level, performance against the expected (after ratchets) and minimum
 * levels month by month with a native line chart, and the credits and incentives of each month
 * (after caps) as a column chart. Months run from the contract start to the last measured month.
 */
export const TRENDS_SHEET = 'OM_Trends';
const CHART_ROWS = 16;

export async function writeTrendSheet(
  host: WorkbookHost,
  contract: Contract,
  actuals: readonly ActualRecord[],
  start: string,
): Promise<string> {
  const term = unwrap(reviewTerm(contract, actuals, start));
  const { months, slCount } = term.compiled;
  let lastMeasured = -1;
  for (let s = 0; s < slCount; s++)
    for (let m = 0; m < months; m++)
      if (!Number.isNaN(term.perf[cell(term, s, m)])) lastMeasured = Math.max(lastMeasured, m);
  if (lastMeasured < 0) throw new Error('There are no actuals inside the contract term to chart.');
  // Months as dates shown "Jan 2026": no apostrophe, and Excel's chart reads them as a time axis.
  const periods = Array.from({ length: lastMeasured + 1 }, (_, m) =>
    periodSerial(periodAfter(start, m)),
  );
  const height = Math.max(periods.length + 2, CHART_ROWS + 1);
  await host.ensureSheet(TRENDS_SHEET);
  await host.clearSheet(TRENDS_SHEET);
  const blocks: {
    title: string;
    kind: 'line' | 'columnClustered';
    cells: CellInput[][];
    formats: (string | null)[];
    valueAxis?: AxisRange | null;
  }[] = [];
  const money: CellInput[][] = [['Period', 'Credits', 'Incentives']];
  periods.forEach((p, m) => {
    let credits = 0;
    let incentives = 0;
    for (let s = 0; s < slCount; s++) {
      credits += term.detail.credit[cell(term, s, m)];
      incentives += term.detail.incentive[cell(term, s, m)];
    }
    money.push([p, credits, incentives]);
  });
  blocks.push({
    title: `Credits and incentives per month (${contract.currency})`,
    kind: 'columnClustered',
    cells: money,
    formats: [MONTH_FORMAT, '#,##0', '#,##0'],
  });
  contract.serviceLevels.forEach((sl, s) => {
    const rows: CellInput[][] = [
      ['Period', textCell(`${sl.name} measured`), 'Expected', 'Minimum'],
    ];
    periods.forEach((p, m) => {
      const i = cell(term, s, m);
      rows.push([
        p,
        Number.isNaN(term.perf[i]) ? null : term.perf[i],
        term.detail.expected[i],
        sl.minimum,
      ]);
    });
    const value = sl.unit.trim() === '%' ? '0.00' : '0.0#';
    blocks.push({
      title: `${sl.name} (${sl.unit}, ${sl.direction} is better)`,
      kind: 'line',
      cells: rows,
      formats: [MONTH_FORMAT, value, value, value],
      valueAxis: fittedAxis(
        rows.slice(1).flatMap((r) => r.slice(1) as (number | null)[]),
        sl.unit,
      ),
    });
  });
  for (const [b, block] of blocks.entries()) {
    const top = 1 + b * height;
    await host.writeRange(
      TRENDS_SHEET,
      `A${top}`,
      block.cells,
      block.cells.map((_, r) => (r === 0 ? block.cells[0].map(() => null) : block.formats)),
    );
    const width = block.cells[0].length;
    await host.writeChart({
      name: `Trend${b}`,
      sheet: TRENDS_SHEET,
      kind: block.kind,
      title: block.title,
      sourceAddress: `A${top}:${String.fromCharCode(64 + width)}${top + block.cells.length - 1}`,
      placeAt: `F${top}:M${top + CHART_ROWS - 1}`,
      ...(block.valueAxis ? { valueAxis: block.valueAxis } : {}),
    });
  }
  await host.activateSheet(TRENDS_SHEET);
  return TRENDS_SHEET;
}
