import { type ActualRecord } from '../engine/review/actuals';
import { type Contract } from '../engine/terms/contract';
import { unwrap } from '../engine/rules/result';
import { cell, reviewTerm } from '../engine/review/reviewedTerm';
import { periodAfter } from '../engine/review/servicePeriod';
import { textCell } from './cellText';
import { type CellInput, type WorkbookHost } from './workbookHost';

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
  const periods = Array.from({ length: lastMeasured + 1 }, (_, m) => `'${periodAfter(start, m)}`);
  const height = Math.max(periods.length + 2, CHART_ROWS + 1);
  await host.ensureSheet(TRENDS_SHEET);
  await host.clearSheet(TRENDS_SHEET);
  const blocks: { title: string; kind: 'line' | 'columnClustered'; cells: CellInput[][] }[] = [];
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
    blocks.push({
      title: `${sl.name} (${sl.unit}, ${sl.direction} is better)`,
      kind: 'line',
      cells: rows,
    });
  });
  for (const [b, block] of blocks.entries()) {
    const top = 1 + b * height;
    await host.writeRange(TRENDS_SHEET, `A${top}`, block.cells);
    const width = block.cells[0].length;
    await host.writeChart({
      name: `Trend${b}`,
      sheet: TRENDS_SHEET,
      kind: block.kind,
      title: block.title,
      sourceAddress: `A${top}:${String.fromCharCode(64 + width)}${top + block.cells.length - 1}`,
      placeAt: `F${top}:M${top + CHART_ROWS - 1}`,
    });
  }
  await host.activateSheet(TRENDS_SHEET);
  return TRENDS_SHEET;
}
