import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendRow, comparison, previousRow } from '../../bench/history';

/** bench/history.csv: one row per run, new figures as new columns, the last row read back. */
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-history-'));
  file = path.join(dir, 'history.csv');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (date: string, commit: string) => ({ date, commit, node: 'v20.20.2', cores: 2 });

it('starts the file with a header, appends rows, and reads back the last one', () => {
  expect(previousRow(file)).toBeNull();
  appendRow(file, run('2026-03-01', 'aaa1111'), [
    { key: 'monte_carlo_ms', label: 'Monte Carlo (ms)', value: 1988.7654 },
  ]);
  appendRow(file, run('2026-03-02', 'bbb2222+'), [
    { key: 'monte_carlo_ms', label: 'Monte Carlo (ms)', value: 1500 },
  ]);
  expect(readFileSync(file, 'utf8')).toBe(
    'date,commit,node,cores,monte_carlo_ms\n' +
      '2026-03-01,aaa1111,v20.20.2,2,1989\n' +
      '2026-03-02,bbb2222+,v20.20.2,2,1500\n',
  );
  expect(previousRow(file)).toEqual({
    date: '2026-03-02',
    commit: 'bbb2222+',
    node: 'v20.20.2',
    cores: '2',
    monte_carlo_ms: '1500',
  });
});

it('adds a later figure as a new column, blank in older rows; a missing figure is blank', () => {
  appendRow(file, run('2026-03-01', 'aaa1111'), [{ key: 'a', label: 'A', value: 1 }]);
  appendRow(file, run('2026-03-02', 'bbb2222'), [
    { key: 'a', label: 'A', value: null },
    { key: 'b', label: 'B', value: 0.5 },
  ]);
  expect(readFileSync(file, 'utf8')).toBe(
    'date,commit,node,cores,a,b\n' +
      '2026-03-01,aaa1111,v20.20.2,2,1,\n' +
      '2026-03-02,bbb2222,v20.20.2,2,,0.5\n',
  );
});

it('prints this run beside the previous one with the change in percent', () => {
  const text = comparison(
    [
      { key: 'ms', label: 'Monte Carlo (ms)', value: 1500 },
      { key: 'kb', label: 'pane (KB)', value: 1100 },
      { key: 'new', label: 'pane ready (ms)', value: 700 },
    ],
    { ms: '2000', kb: '1000' },
  );
  const rows = text.split('\n').map((line) => line.split('│').map((cell) => cell.trim()));
  expect(rows).toEqual([
    ['figure', 'this run', 'previous', 'Δ'],
    ['Monte Carlo (ms)', '1,500', '2,000', '−25 %'],
    ['pane (KB)', '1,100', '1,000', '+10 %'],
    ['pane ready (ms)', '700', '—', '—'],
  ]);
});
