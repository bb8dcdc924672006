import { type ActualRecord } from '../../engine/review/actuals';
import { type StatementInputs } from '../../engine/review/statementLevers';
import { type Result } from '../../engine/rules/result';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { readActualsTable } from '../actualsTable';
import { contractStart } from '../serviceReviewOperations';
import { readStatementInputs } from '../statementLevers';
import { STATEMENT_INPUTS_TOP, statementSheetName } from '../statementSheet';
import { type WorkbookHost } from '../workbookHost';
import { counterpartySheets } from './counterpartyWorkbook';
import { type Delivered, type FileDelivery } from './fileDelivery';
import { type ShareChoice, statementPeriods } from './shareChoice';
import { type SharedSheet } from './sharedSheet';
import { XLSX_MIME, xlsxBytes } from './xlsxFile';

/**
 * "Share with counterparty": what can go in the file, what the chosen file will contain, and
 * making it. The working workbook is only read, never changed.
 */

/** What the workbook offers beyond the model: the actuals a statement is made from. */
export interface ShareSources {
  readonly actuals: readonly ActualRecord[];
  readonly start: string | null;
  /** Months a statement can be shared for. */
  readonly periods: readonly string[];
  /** Why the actuals could not all be read (statements then use what could). */
  readonly problems: readonly string[];
  /** The units and year's cost each written statement was made with, by period. */
  readonly statementInputs?: Readonly<Record<string, StatementInputs>>;
}

export interface SharedFile {
  readonly name: string;
  readonly sheets: readonly string[];
  readonly bytes: number;
  readonly delivered: Delivered;
}

export interface ShareOperations {
  sources(model: OutcomeModel): Promise<ShareSources>;
  /** The sheets the chosen file will have (nothing is made), or why it cannot be made. */
  preview(
    model: OutcomeModel,
    sources: ShareSources,
    choice: ShareChoice,
  ): Result<readonly SharedSheet[]>;
  /** Makes the file and hands it over: a new workbook in Excel, a download in a browser. */
  share(model: OutcomeModel, sources: ShareSources, choice: ShareChoice): Promise<SharedFile>;
}

/** "Managed services – for the other side 2026-12-04.xlsx", without characters file systems refuse. */
export function sharedFileName(contractName: string, now: Date): string {
  const base =
    contractName
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Contract';
  // The user's own date, not UTC's: near midnight in Europe they differ.
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${base} – for the other side ${day}.xlsx`;
}

export function createShareOperations(
  host: WorkbookHost,
  deliver: FileDelivery,
  clock: () => Date = () => new Date(),
): ShareOperations {
  const preview: ShareOperations['preview'] = (model, sources, choice) =>
    counterpartySheets(
      {
        model,
        actuals: sources.actuals,
        start: sources.start,
        statementInputs: sources.statementInputs,
      },
      choice,
    );
  return {
    async sources(model) {
      const read = await readActualsTable(host, model.contract);
      const start = contractStart(read.records, model.contract.startPeriod ?? null);
      const periods = statementPeriods(model, read.records, start);
      // A shared statement is made with the units and cost its written statement was made with.
      const statementInputs: Record<string, StatementInputs> = {};
      for (const period of periods) {
        const sheet = statementSheetName(period);
        const inputs = await readStatementInputs(host, sheet, model.contract, STATEMENT_INPUTS_TOP);
        if (inputs) statementInputs[period] = inputs;
      }
      return { actuals: read.records, start, periods, problems: read.problems, statementInputs };
    },
    preview,
    async share(model, sources, choice) {
      const sheets = preview(model, sources, choice);
      if (!sheets.ok) throw new Error(sheets.error.message);
      const now = clock();
      const bytes = await xlsxBytes(sheets.value, now);
      const name = sharedFileName(model.contract.name, now);
      const delivered = await deliver({ name, bytes, mime: XLSX_MIME });
      return { name, sheets: sheets.value.map((s) => s.name), bytes: bytes.length, delivered };
    },
  };
}
