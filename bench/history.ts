import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * bench/history.csv: one row per full `npm run bench`, committed, so a regression shows as a change
 * between rows. The columns are the run's identity (date, commit, node, cores) and its headline
 * figures; a figure added later becomes a new column, blank in older rows. Values never hold commas.
 */
export interface Headline {
  /** Column name in the CSV. */
  key: string;
  /** How the figure reads in the printed comparison. */
  label: string;
  value: number | null;
}

export type HistoryRow = Record<string, string>;

const IDENTITY = ['date', 'commit', 'node', 'cores'];

function parse(text: string): { columns: string[]; rows: HistoryRow[] } {
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  if (!header) return { columns: [], rows: [] };
  const columns = header.split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
  return { columns, rows };
}

/** The last row of the history, or null when there is none yet. */
export function previousRow(file: string): HistoryRow | null {
  if (!existsSync(file)) return null;
  const { rows } = parse(readFileSync(file, 'utf8'));
  return rows.length > 0 ? rows[rows.length - 1] : null;
}

/** Appends this run; rewrites the header (and pads older rows) when it brings new columns. */
export function appendRow(
  file: string,
  identity: { date: string; commit: string; node: string; cores: number },
  headlines: readonly Headline[],
): void {
  const { columns: old, rows } = existsSync(file)
    ? parse(readFileSync(file, 'utf8'))
    : { columns: [], rows: [] };
  const row: HistoryRow = {
    date: identity.date,
    commit: identity.commit,
    node: identity.node,
    cores: String(identity.cores),
  };
  for (const h of headlines) row[h.key] = h.value === null ? '' : String(round(h.value));
  const columns = [...old];
  for (const key of [...IDENTITY, ...headlines.map((h) => h.key)])
    if (!columns.includes(key)) columns.push(key);
  const lines = [...rows, row].map((r) => columns.map((c) => r[c] ?? '').join(','));
  writeFileSync(file, `${[columns.join(','), ...lines].join('\n')}\n`);
}

/** Four significant digits at most: the history records figures, not timer noise. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}

/** "figure │ this run │ previous │ Δ" lines; Δ as a percentage of the previous value. */
export function comparison(headlines: readonly Headline[], previous: HistoryRow): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const rows = headlines.map((h) => {
    const before = previous[h.key];
    const was = before === undefined || before === '' ? null : Number(before);
    const now = h.value === null ? null : round(h.value);
    const delta =
      was === null || now === null
        ? '—'
        : was === 0
          ? now === 0
            ? '0 %'
            : 'new'
          : `${now >= was ? '+' : '−'}${n(Math.abs(((now - was) / was) * 100))} %`;
    return [h.label, now === null ? '—' : n(now), was === null ? '—' : n(was), delta];
  });
  const all = [['figure', 'this run', 'previous', 'Δ'], ...rows];
  const width = [0, 1, 2, 3].map((i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(width[i])).join('  │  ')).join('\n');
}
