import { type Contract } from '../engine/terms/contract';
import {
  PERFORMANCE_SHEET,
  performanceOrder,
  readPerformance,
  writePerformanceSheet,
  writePerformanceTerms,
} from './performanceSheet';
import { SUMMARY_SHEET, writeSummarySheet } from './summarySheet';
import { type WorkbookHost } from './workbookHost';

/**
 * When the model is written, the Performance sheet's terms and the whole Summary are rewritten from
 * it, so neither contradicts the contract: a changed expected level, allocation or band shows at
 * once, and a new service level gets its rows. The measurements typed on Performance are kept,
 * following each service level by its id through renames and reordering.
 * `previous` is the contract the sheet was last written from (null: `contract` itself).
 */
export async function followModelSheets(
  host: WorkbookHost,
  contract: Contract,
  previous: Contract | null,
): Promise<void> {
  const sheets = await host.listSheets();
  if (!sheets.includes(PERFORMANCE_SHEET) || !sheets.includes(SUMMARY_SHEET)) return;
  const { performance, rowCount, order } = await readPerformance(host, previous ?? contract);
  const wanted = performanceOrder(contract).map((sl) => sl.id);
  const samePlaces = order.length === wanted.length && order.every((id, i) => id === wanted[i]);
  if (samePlaces) await writePerformanceTerms(host, contract);
  else {
    // Rows move, come or go: the measurements move with their level (as values).
    const gone = Math.max(0, rowCount - contract.serviceLevels.length);
    await writePerformanceSheet(host, contract, performance, gone);
  }
  await host.clearSheet(SUMMARY_SHEET);
  await writeSummarySheet(host, contract);
}
