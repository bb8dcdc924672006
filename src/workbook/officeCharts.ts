import { queueChart } from './officeQueuedWrites';
import { type ChartSpec } from './workbookHost';

/** The Office host's charts: one Excel.run each, as in officeWorkbookHost.ts. */

export async function officeListCharts(sheet: string): Promise<string[]> {
  return Excel.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    charts.load('items/name');
    await context.sync();
    return charts.items.map((c) => c.name);
  });
}

export async function officeRenameChart(
  sheet: string,
  name: string,
  newName: string,
): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).charts.getItem(name).name = newName;
    await context.sync();
  });
}

export async function officeDeleteChart(sheet: string, name: string): Promise<void> {
  await Excel.run(async (context) => {
    const chart = context.workbook.worksheets.getItem(sheet).charts.getItemOrNullObject(name);
    chart.load('name');
    await context.sync();
    if (chart.isNullObject) return;
    chart.delete();
    await context.sync();
  });
}

export async function officeWriteChart(spec: ChartSpec): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    const existing = sheet.charts.getItemOrNullObject(spec.name);
    existing.load('name');
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    queueChart(sheet, spec);
    await context.sync();
  });
}
