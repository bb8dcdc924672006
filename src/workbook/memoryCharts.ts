import { parseRange } from './cellAddress';
import { type WorkbookData } from './memoryWorkbookState';
import { type ChartSpec } from './workbookHost';

/** The in-memory workbook's charts: names unique per sheet ignoring case, as in Excel. */

const lower = (name: string) => name.toLowerCase();

export function chartIndex(data: WorkbookData, sheet: string, name: string): number {
  return data.charts.findIndex(
    (c) => lower(c.sheet) === lower(sheet) && lower(c.name) === lower(name),
  );
}

export function removeCharts(data: WorkbookData, matches: (chart: ChartSpec) => boolean): void {
  for (let i = data.charts.length - 1; i >= 0; i--)
    if (matches(data.charts[i])) data.charts.splice(i, 1);
}

/** Adds a chart to `sheet` (its name as the workbook spells it), replacing one of the same name. */
export function placeChart(data: WorkbookData, sheet: string, spec: ChartSpec): void {
  if (spec.name.trim() === '') throw new Error('A chart needs a name.');
  parseRange(spec.sourceAddress);
  parseRange(spec.placeAt);
  removeCharts(data, (c) => lower(c.sheet) === lower(sheet) && lower(c.name) === lower(spec.name));
  data.charts.push({ ...spec, sheet });
}

export function renameChartIn(
  data: WorkbookData,
  sheet: string,
  name: string,
  newName: string,
): void {
  const at = chartIndex(data, sheet, name);
  if (at < 0) throw new Error(`There is no chart "${name}" on "${sheet}".`);
  if (chartIndex(data, sheet, newName) >= 0)
    throw new Error(`There is already a chart "${newName}" on "${sheet}".`);
  data.charts[at] = { ...data.charts[at], name: newName };
}
