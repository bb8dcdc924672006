import { NO_STATEMENT_INPUTS, type StatementInputs } from '../../engine/review/statementLevers';

/**
 * What the user typed for each month's statement (volume units, the closing year's actual cost),
 * by period: kept above the Review tab so a visit to another tab loses nothing, and filled from a
 * written statement's sheet when a month is opened again.
 */
export type StatementInputsByPeriod = Readonly<Record<string, StatementInputs>>;

export interface StatementInputsKeeping {
  readonly byPeriod: StatementInputsByPeriod;
  readonly onChange: (next: (previous: StatementInputsByPeriod) => StatementInputsByPeriod) => void;
}

export const inputsOf = (byPeriod: StatementInputsByPeriod, period: string): StatementInputs =>
  byPeriod[period] ?? NO_STATEMENT_INPUTS;

/** The month's units of one volume term set (a number) or cleared (null). */
export function withUnits(
  byPeriod: StatementInputsByPeriod,
  period: string,
  termId: string,
  units: number | null,
): StatementInputsByPeriod {
  const inputs = inputsOf(byPeriod, period);
  const others = Object.fromEntries(Object.entries(inputs.units).filter(([id]) => id !== termId));
  return {
    ...byPeriod,
    [period]: { ...inputs, units: units === null ? others : { ...others, [termId]: units } },
  };
}

export function withYearCost(
  byPeriod: StatementInputsByPeriod,
  period: string,
  yearActualCost: number | null,
): StatementInputsByPeriod {
  return { ...byPeriod, [period]: { ...inputsOf(byPeriod, period), yearActualCost } };
}
