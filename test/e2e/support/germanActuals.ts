import { readFileSync } from 'node:fs';
import path from 'node:path';

/** docs/samples/actuals.csv as a German export writes it: ";" between columns, decimal commas. */
export const GERMAN_ACTUALS = readFileSync(
  path.resolve(__dirname, '../../../docs/samples/actuals.csv'),
  'utf8',
)
  .replace(/,/g, ';')
  .replace(/(\d)\.(\d)/g, '$1,$2');
