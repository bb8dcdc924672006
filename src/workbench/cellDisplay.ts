import { type Evaluated } from './formulaEvaluator';

/** Text a cell shows, in Excel's "General" spirit: up to 10 significant digits, errors as their code. */
export function displayText(v: Evaluated, numberFormat: string | null = null): string {
  switch (v.kind) {
    case 'blank':
      return '';
    case 'error':
      return v.code;
    case 'array':
      return v.values.length > 0 && v.values[0].length > 0
        ? displayText(v.values[0][0], numberFormat)
        : '';
    case 'value':
      if (typeof v.value === 'number')
        return numberFormat ? formatNumber(v.value, numberFormat) : formatGeneral(v.value);
      if (typeof v.value === 'boolean') return v.value ? 'TRUE' : 'FALSE';
      return v.value;
  }
}

export function formatGeneral(x: number): string {
  if (!Number.isFinite(x)) return '#NUM!';
  if (x !== 0 && (Math.abs(x) >= 1e11 || Math.abs(x) < 1e-9))
    return x.toExponential(4).toUpperCase();
  return String(Number(x.toPrecision(10)));
}

/**
 * The common Excel number formats the add-in writes: percentages ("0.0%"), fixed decimals ("0.00"),
 * thousands separators ("#,##0.00"), optional decimals ("0.0#") and months ("mmm yyyy", a date
 * serial shown "Jan 2026"); anything else falls back to General.
 */
export function formatNumber(x: number, format: string): string {
  if (format.trim().toLowerCase() === 'mmm yyyy' && Number.isFinite(x) && x >= 1) {
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(x) * 86_400_000);
    return day.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  const optional = /^0\.(0+)(#+)$/.exec(format.trim());
  if (optional && Number.isFinite(x))
    return x.toLocaleString('en-US', {
      minimumFractionDigits: optional[1].length,
      maximumFractionDigits: optional[1].length + optional[2].length,
      useGrouping: false,
    });
  const pattern = /^(#,##)?0(\.(0+))?(%?)$/.exec(format.trim());
  if (!pattern || !Number.isFinite(x)) return formatGeneral(x);
  const decimals = pattern[3]?.length ?? 0;
  const percent = pattern[4] === '%';
  const text = (percent ? x * 100 : x).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: Boolean(pattern[1]),
  });
  return percent ? `${text}%` : text;
}

/** The grid of a spilled result: each array element lands in the cell below/right of the formula. */
export interface SpilledCell {
  readonly row: number;
  readonly col: number;
  readonly value: Evaluated;
  /** The formula cell the value spills from, when it is not that cell itself. */
  readonly spilledFrom: { row: number; col: number } | null;
}

export function spill(row: number, col: number, v: Evaluated): SpilledCell[] {
  if (v.kind !== 'array') return [{ row, col, value: v, spilledFrom: null }];
  const out: SpilledCell[] = [];
  v.values.forEach((cells, r) =>
    cells.forEach((value, c) =>
      out.push({
        row: row + r,
        col: col + c,
        value,
        spilledFrom: r === 0 && c === 0 ? null : { row, col },
      }),
    ),
  );
  return out;
}
