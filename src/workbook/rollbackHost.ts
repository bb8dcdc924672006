import {
  type CellInput,
  type ChartSpec,
  type NumberFormats,
  type PrintLayout,
  type TableSpec,
  type WorkbookHost,
} from './workbookHost';

/**
 * The workbook as the journal's undos see it after Excel refused a batch part-way. Excel makes a
 * batch's changes in order and stops at the one it refuses without saying which, so some undos
 * put back changes that never happened. Each undo writes back what stood before, which is right
 * either way, except on a sheet the batch was to add and never did: there is nothing to put back,
 * and the change to it is skipped rather than failing the whole rollback.
 */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class RollbackHost implements WorkbookHost {
  constructor(private readonly live: WorkbookHost) {}

  private async absent(sheet: string): Promise<boolean> {
    return !(await this.live.listSheets()).some((s) => same(s, sheet));
  }

  listSheets = () => this.live.listSheets();
  ensureSheet = (name: string) => this.live.ensureSheet(name);
  deleteSheet = (name: string) => this.live.deleteSheet(name);
  readRange = (sheet: string, address: string) => this.live.readRange(sheet, address);
  readCells = (sheet: string, address: string) => this.live.readCells(sheet, address);
  usedAddress = (sheet: string) => this.live.usedAddress(sheet);
  readTable = (name: string) => this.live.readTable(name);
  appendTableRows = (name: string, rows: readonly (readonly CellInput[])[]) =>
    this.live.appendTableRows(name, rows);
  deleteTable = (name: string) => this.live.deleteTable(name);
  listTables = () => this.live.listTables();
  defineName = (name: string, formula: string) => this.live.defineName(name, formula);
  readName = (name: string) => this.live.readName(name);
  deleteName = (name: string) => this.live.deleteName(name);
  readStoredDocument = (key: string) => this.live.readStoredDocument(key);
  writeStoredDocument = (key: string, text: string) => this.live.writeStoredDocument(key, text);
  deleteStoredDocument = (key: string) => this.live.deleteStoredDocument(key);
  readPrintLayout = (sheet: string) => this.live.readPrintLayout(sheet);
  activateSheet = (name: string) => this.live.activateSheet(name);

  async renameTable(name: string, newName: string): Promise<void> {
    if (!this.live.renameTable) throw new Error('This workbook cannot rename tables.');
    await this.live.renameTable(name, newName);
  }

  async clearSheet(name: string, options?: { readonly keepCharts?: boolean }): Promise<void> {
    if (!(await this.absent(name))) await this.live.clearSheet(name, options);
  }

  async writeRange(
    sheet: string,
    topLeft: string,
    cells: readonly (readonly CellInput[])[],
    numberFormat?: NumberFormats,
  ): Promise<void> {
    if (!(await this.absent(sheet)))
      await this.live.writeRange(sheet, topLeft, cells, numberFormat);
  }

  async writeTable(spec: TableSpec): Promise<void> {
    if (!(await this.absent(spec.sheet))) await this.live.writeTable(spec);
  }

  async writeChart(spec: ChartSpec): Promise<void> {
    if (!(await this.absent(spec.sheet))) await this.live.writeChart(spec);
  }

  async listCharts(sheet: string): Promise<string[]> {
    return (await this.absent(sheet)) ? [] : this.live.listCharts(sheet);
  }

  async renameChart(sheet: string, name: string, newName: string): Promise<void> {
    if (!(await this.absent(sheet))) await this.live.renameChart(sheet, name, newName);
  }

  async deleteChart(sheet: string, name: string): Promise<void> {
    if (!(await this.absent(sheet))) await this.live.deleteChart(sheet, name);
  }

  async setPrintLayout(sheet: string, layout: PrintLayout): Promise<void> {
    if (!(await this.absent(sheet))) await this.live.setPrintLayout(sheet, layout);
  }
}
