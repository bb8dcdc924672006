/**
 * Size limits of a model, in one place. They are far above any real negotiation (a large
 * outsourcing deal has a few dozen service levels with a handful of bands each) and low enough
 * that a pasted mistake — a 10,000-row band table, a term in days instead of months — is refused
 * with a message before it is processed, instead of freezing Excel. The contract validation, the
 * stored model's schema, the restore from the workbook tables and the simulation all check them.
 */

/** Service levels in one contract. */
export const MAX_SERVICE_LEVELS = 200;
/** Rows in one band table (a service level's outcome bands, or the gain-share share bands). */
export const MAX_BAND_ROWS = 100;
/** Contract term: ten years. */
export const MAX_TERM_MONTHS = 120;
/** Scenarios kept in one model. */
export const MAX_SCENARIOS = 50;
/** Proposals kept in one model (a simulation compares them with the current contract, so one more). */
export const MAX_PROPOSALS = 50;
/** Volume-priced outcomes (tickets, users) in one contract. */
export const MAX_VOLUME_TERMS = 20;
/** Trials of one simulation run. */
export const MAX_TRIALS = 1_000_000;

/** 10000 → "10,000": counts in messages are read by people. */
export const countText = (n: number): string => n.toLocaleString('en-US');

/** Why a term of `months` is too long, or null when it is not (other term problems are the validation's). */
export function termOverLimit(months: number): string | null {
  return months > MAX_TERM_MONTHS
    ? `Term is at most ${MAX_TERM_MONTHS} months (10 years), not ${countText(months)}`
    : null;
}

/** Why `count` service levels are too many, or null when they are not. */
export function serviceLevelsOverLimit(count: number): string | null {
  return count > MAX_SERVICE_LEVELS
    ? `A contract has at most ${MAX_SERVICE_LEVELS} service levels, not ${countText(count)}`
    : null;
}

/** "10,000 rows, more than the 100 a band table may have". */
export const tooManyBandRowsText = (rows: number): string =>
  `${countText(rows)} rows, more than the ${MAX_BAND_ROWS} a band table may have`;

/** Why a band table of `rows` rows is too large, or null when it is not; `table` names it ("Bands", "Bands_Availability"). */
export function bandRowsOverLimit(table: string, rows: number): string | null {
  return rows > MAX_BAND_ROWS ? `${table}: ${tooManyBandRowsText(rows)}` : null;
}

/** Why `count` volume-pricing terms are too many, or null when they are not. */
export function volumeTermsOverLimit(count: number): string | null {
  return count > MAX_VOLUME_TERMS
    ? `A contract has at most ${MAX_VOLUME_TERMS} volume-priced outcomes, not ${countText(count)}`
    : null;
}
