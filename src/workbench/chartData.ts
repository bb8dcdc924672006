import { parseRange } from '../workbook/cellAddress';
import { type ChartSpec } from '../workbook/workbookHost';
import { type Evaluated } from './formulaEvaluator';

/**
 * The data a native chart would plot, read from its source range the way Excel reads it: the first
 * row names the series, the first column holds the categories (x values for a scatter chart).
 */
export interface ChartSeries {
  readonly name: string;
  /** One value per category; null where the cell holds no number. */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** What a cell holds and shows. */
export type CellLookup = (
  row: number,
  col: number,
) => { readonly value: Evaluated; readonly text: string };

const numberOf = (v: Evaluated): number | null =>
  v.kind === 'value' && typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null;

export function chartData(spec: Pick<ChartSpec, 'sourceAddress'>, cell: CellLookup): ChartData {
  const { row, col, rows, cols } = parseRange(spec.sourceAddress);
  const categories: string[] = [];
  for (let r = row + 1; r < row + rows; r++) categories.push(cell(r, col).text);
  const series: ChartSeries[] = [];
  for (let c = col + 1; c < col + cols; c++) {
    const values: (number | null)[] = [];
    for (let r = row + 1; r < row + rows; r++) values.push(numberOf(cell(r, c).value));
    series.push({ name: cell(row, c).text, values });
  }
  return { categories, series };
}

/** The smallest and largest value of all series, always spanning zero (bars grow from the zero line). */
export function valueExtent(data: ChartData): [number, number] {
  const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return low === high ? [low - 1, high + 1] : [low, high];
}
