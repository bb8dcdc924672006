import { type ActualRecord, firstPeriod } from '../engine/review/actuals';
import { annualReview, type AnnualReview } from '../engine/review/annualReview';
import { type Contract } from '../engine/terms/contract';
import { type RepeatedFailureRule } from '../engine/review/repeatedFailures';
import { type Result } from '../engine/rules/result';
import { reviewPeriod, type StatementReview } from '../engine/review/serviceReview';
import { type StatementInputs } from '../engine/review/statementLevers';
import { type NumberConvention } from '../engine/rules/numberText';
import { type ActualsImport, parseActualsText } from './actualsImport';
import {
  type ActualsMerge,
  type ActualsRead,
  mergeActuals,
  readActualsTable,
  writeActualsTable,
} from './actualsTable';
import { allOrNothing } from './allOrNothing';
import { inFewRoundTrips } from './batchedOperation';
import { readStatementInputs } from './statementLevers';
import { STATEMENT_INPUTS_TOP, statementSheetName, writeStatementSheet } from './statementSheet';
import { writeTrendSheet } from './trendSheet';
import { type WorkbookHost } from './workbookHost';

/**
 * The service review's workbook operations: import actuals (preview first, write on confirm),
 * work out a month's statement and write it as a sheet, the annual ratchet proposal, trend charts.
 */
export type { StatementReview };

export interface ServiceReviewOperations {
  /** Checks an export (read in the user's number convention) against the contract; writes nothing. */
  previewImport(text: string, contract: Contract, convention?: NumberConvention): ActualsImport;
  readActuals(contract: Contract): Promise<ActualsRead>;
  /** Merges checked records into OM_Actuals (same service level and period replaced). */
  importActuals(contract: Contract, records: readonly ActualRecord[]): Promise<ActualsMerge>;
  /**
   * The statement of `period` for a contract that started at `start`, with the month's volume
   * units and the closing year's actual cost when given; writes nothing.
   */
  reviewPeriod(
    contract: Contract,
    actuals: readonly ActualRecord[],
    start: string,
    period: string,
    rule: RepeatedFailureRule,
    inputs?: StatementInputs,
  ): Result<StatementReview>;
  /** The inputs the written statement of `period` was made with; null when none was written. */
  readStatementInputs(contract: Contract, period: string): Promise<StatementInputs | null>;
  /** Writes the statement sheet, shows it, and returns its name. */
  writeStatement(
    contract: Contract,
    start: string,
    review: StatementReview,
    rule: RepeatedFailureRule,
  ): Promise<string>;
  annualReview(
    contract: Contract,
    actuals: readonly ActualRecord[],
    start: string,
    year: number,
  ): Result<AnnualReview>;
  /** Writes the OM_Trends sheet (a chart per service level, credits and incentives per period) and returns its name. */
  writeTrends(contract: Contract, actuals: readonly ActualRecord[], start: string): Promise<string>;
}

/** The contract's first month: given, or the earliest period in the actuals. */
export function contractStart(
  actuals: readonly ActualRecord[],
  given: string | null,
): string | null {
  return given ?? firstPeriod(actuals);
}

export function createServiceReviewOperations(host: WorkbookHost): ServiceReviewOperations {
  return {
    previewImport: parseActualsText,
    readActuals: (contract) => readActualsTable(host, contract),
    importActuals: (contract, records) =>
      inFewRoundTrips(host, (batch) => importActualsIn(batch, contract, records)),
    reviewPeriod,
    readStatementInputs: (contract, period) =>
      readStatementInputs(host, statementSheetName(period), contract, STATEMENT_INPUTS_TOP),
    writeStatement: (contract, start, review, rule) =>
      inFewRoundTrips(host, (batch) =>
        allOrNothing(batch, async (journal) => {
          const sheet = await writeStatementSheet(journal, {
            contract,
            start,
            statement: review.statement,
            failures: review.failures,
            rule,
          });
          await journal.activateSheet(sheet);
          return sheet;
        }),
      ),
    annualReview,
    writeTrends: (contract, actuals, start) =>
      inFewRoundTrips(host, (batch) =>
        allOrNothing(batch, (journal) => writeTrendSheet(journal, contract, actuals, start)),
      ),
  };
}

/** Merges `records` into OM_Actuals; refuses, changing nothing, when OM_Actuals cannot be read. */
async function importActualsIn(
  host: WorkbookHost,
  contract: Contract,
  records: readonly ActualRecord[],
) {
  const existing = await readActualsTable(host, contract);
  if (existing.problems.length > 0)
    throw new Error(`OM_Actuals cannot be read, so nothing was imported: ${existing.problems[0]}`);
  const merge = mergeActuals(contract, existing.records, records);
  await allOrNothing(host, (journal) => writeActualsTable(journal, contract, merge.records));
  return merge;
}
