import { RELATIVE_TOLERANCE } from './tolerance';
import {
  STATUS_BELOW_MINIMUM,
  STATUS_LABELS,
  STATUS_MET,
  STATUS_MISSED,
  STATUS_NOT_MEASURED,
} from './status';

/**
 * The level rules of attainment.ts, tolerance.ts and status.ts as Excel formulas over cell
 * references, so a shared workbook compares performance with its levels the way the engine does:
 * the same ratio, the same noise tolerance, the same statuses. Plain worksheet functions (IF, ABS,
 * ISNUMBER): they open in any Excel, LibreOffice or viewer. A direction argument is a reference to a
 * cell holding "higher" or "lower", so the sheet follows an edit of it.
 * test/engine/rules/levelFormulas.test.ts evaluates each against its rule.
 */

/** 1e-9 (lower-case: some engines read only that, Excel reads both). */
const TOLERANCE = RELATIVE_TOLERANCE.toExponential();

/** A stand-in for infinity Excel can hold: its largest number as the worksheet functions write it. */
export const EXCEL_INFINITY = 9.99e307;

const INFINITY_TEXT = EXCEL_INFINITY.toExponential();

const slack = (level: string) => `${TOLERANCE}*IF(ABS(${level})>1,ABS(${level}),1)`;

export const levelFormulas = {
  /** slack: the tolerance allowed around a level, relative to it and at least the tolerance itself. */
  slack,
  /** The value a step band starts counting from: its bound less the slack (bands.ts thresholds). */
  threshold: (bound: string) => `${bound}-${slack(bound)}`,
  /** meets: performance at or better than the level, forgiving binary noise. */
  meets: (performance: string, level: string, direction: string) =>
    `IF(${direction}="higher",${performance}>=${level}-${slack(level)},${performance}<=${level}+${slack(level)})`,
  /**
   * attainmentRatio: actual ÷ level when higher is better, level ÷ actual when lower is better; a
   * lower-is-better actual of 0 is infinitely good (the engine's ratio is +∞, the top band).
   */
  attainment: (actual: string, level: string, direction: string) =>
    `IF(${direction}="higher",${actual}/${level},IF(${actual}=0,${INFINITY_TEXT},${level}/${actual}))`,
  /** statusCode's label: a blank measurement is not measured; a blank minimum means none. */
  status: (performance: string, expected: string, minimum: string, direction: string) => {
    const meets = levelFormulas.meets;
    return (
      `IF(NOT(ISNUMBER(${performance})),"${STATUS_LABELS[STATUS_NOT_MEASURED]}",` +
      `IF(${meets(performance, expected, direction)},"${STATUS_LABELS[STATUS_MET]}",` +
      `IF(AND(ISNUMBER(${minimum}),NOT(${meets(performance, minimum, direction)})),"${STATUS_LABELS[STATUS_BELOW_MINIMUM]}","${STATUS_LABELS[STATUS_MISSED]}")))`
    );
  },
} as const;
