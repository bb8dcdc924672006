import { OfficeMockObject } from 'office-addin-mock';
import { type CellValue } from '../../src/workbook/workbookHost';

/**
 * Test support: an Excel workbook for OfficeWorkbookHost built on office-addin-mock, so that a
 * property read without load() and sync() reads back office-addin-mock's error text instead of
 * its value. The workbook's state (sheets, tables, names, settings, charts, cell values to read)
 * is plain data the test sets up; every object the host asks for is a mock created on demand
 * under the object it came from, so context.sync() reaches it. The log records what the host did.
 *
 * Two explicit fakes where office-addin-mock falls short:
 * - collections (worksheets, tables, names, charts): load("items/name") cannot be declared in an
 *   office-addin-mock data object (arrays are scalars to it), so each collection has its own
 *   load/sync that fills `items` at sync time, and only when load was called;
 * - isNullObject is a plain property, as Office.js sets it on every *OrNullObject result.
 */

export interface FakeTable {
  name: string;
  sheet: string;
  /** Sheet-local address of the whole table, header row included. */
  address: string;
  headers: string[];
  rows: CellValue[][];
  /** A totals row below the data (Excel's Total Row option). */
  showTotals?: boolean;
}

export interface ExcelState {
  sheets: string[];
  tables: FakeTable[];
  names: { name: string; formula: string }[];
  settings: Record<string, unknown>;
  charts: { sheet: string; name: string }[];
  /** Values a range reads, keyed "Sheet!A1:B2". */
  values: Record<string, CellValue[][]>;
  /** Used range per sheet (values only); absent = empty sheet. */
  usedRanges: Record<string, string>;
  /** Formulas and number formats a range reads, keyed "Sheet!A1:B2" (default: one blank General cell). */
  formulas?: Record<string, (string | number | boolean)[][]>;
  formats?: Record<string, string[][]>;
  /** The active sheet's name (default: the first sheet). */
  active?: string;
  /** Print areas set per sheet (sheet-local address). */
  printAreas?: Record<string, string>;
}

type Mock = OfficeMockObject;

export interface ExcelLog {
  syncs: number;
  /** Every range the host asked for, with the mock it got (formulas / numberFormat written to it). */
  ranges: { sheet: string; address: string | undefined; mock: Mock }[];
  tablesAdded: { sheet: string; address: string; hasHeaders: boolean; mock: Mock }[];
  chartsAdded: { sheet: string; type: string; source: Mock; seriesBy: string; mock: Mock }[];
  /** Tables the host looked up, by name, in order (to inspect renames and row edits). */
  tablesFetched: { name: string; mock: Mock }[];
  /** Other calls, in order, e.g. "delete table Bands_X", "clear All Contract!N2:O6". */
  calls: string[];
}

interface MockInternals {
  addMock(name: string): void;
  populate(data: object): void;
}

let serial = 0;

/** A new mock under `parent`, reachable by the context's sync like any declared member. */
function attach(parent: Mock, data: object, plain: Record<string, unknown> = {}): Mock {
  const key = `created${++serial}`;
  (parent as unknown as MockInternals).addMock(key);
  const child = parent[key] as Mock;
  (child as unknown as MockInternals).populate(data);
  Object.assign(child, plain);
  return child;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function excelMock(state: ExcelState): { excel: Mock; log: ExcelLog } {
  const log: ExcelLog = {
    syncs: 0,
    ranges: [],
    tablesAdded: [],
    chartsAdded: [],
    tablesFetched: [],
    calls: [],
  };

  /** A collection whose items exist only after load() and sync(). */
  const collection = (items: () => object[], members: object) => ({
    ...members,
    load: function (this: Mock, properties: string) {
      log.calls.push(`load ${properties}`);
      this.itemsRequested = true;
      return this;
    },
    sync: async function (this: Mock) {
      await OfficeMockObject.prototype.sync.call(this);
      if (this.itemsRequested) this.items = items();
    },
  });

  const rangeData = (sheet: string, address: string | undefined) => ({
    address: `${sheet}!${address ?? 'A1:XFD1048576'}`,
    values: state.values[`${sheet}!${address}`] ?? [['']],
    formulas: state.formulas?.[`${sheet}!${address}`] ?? [['']],
    numberFormat: state.formats?.[`${sheet}!${address}`] ?? [['General']],
    clear: (applyTo: string) =>
      log.calls.push(`clear ${applyTo} ${sheet}!${address ?? '(whole sheet)'}`),
  });

  const range = (parent: Mock, sheet: string, address?: string) => {
    const mock = attach(parent, rangeData(sheet, address));
    log.ranges.push({ sheet, address, mock });
    return mock;
  };

  const tableMock = (parent: Mock, name: string) => {
    const table = state.tables.find((t) => same(t.name, name));
    if (!table) return attach(parent, { name: '' }, { isNullObject: true });
    const mock = attach(
      parent,
      {
        name: table.name,
        worksheet: {
          name: table.sheet,
          getRange: function (this: Mock, address: string) {
            return range(this, table.sheet, address);
          },
        },
        resize: (address: string) => log.calls.push(`resize ${table.name} to ${address}`),
        rows: {
          count: table.rows.length,
          add: (index: number | undefined, values: unknown[][]) =>
            log.calls.push(`add rows to ${table.name} at ${index}: ${JSON.stringify(values)}`),
          getItemAt: (i: number) => ({
            delete: () => log.calls.push(`delete row ${i} of ${table.name}`),
          }),
        },
        getRange: function (this: Mock) {
          return attach(this, { address: `${table.sheet}!${table.address}` });
        },
        getHeaderRowRange: function (this: Mock) {
          return attach(this, { values: [table.headers] });
        },
        getDataBodyRange: function (this: Mock) {
          return attach(this, {
            values: table.rows,
            clear: (applyTo: string) => log.calls.push(`clear ${applyTo} body of ${table.name}`),
            getLastRow: function (this: Mock) {
              return attach(this, { numberFormat: [table.headers.map(() => 'General')] });
            },
          });
        },
        delete: () => {
          log.calls.push(`delete table ${table.name}`);
          state.tables = state.tables.filter((t) => t !== table);
        },
      },
      { isNullObject: false },
    );
    log.tablesFetched.push({ name, mock });
    return mock;
  };

  const chartsOf = (sheet: string) =>
    collection(
      () =>
        state.charts
          .filter((c) => same(c.sheet, sheet))
          .map((c) => ({ name: c.name, delete: () => log.calls.push(`delete chart ${c.name}`) })),
      {
        getItem: function (this: Mock, name: string) {
          const chart = state.charts.find((c) => same(c.sheet, sheet) && same(c.name, name));
          if (!chart) throw new Error(`ItemNotFound: chart ${name}`);
          const mock = attach(this, {
            name: chart.name,
            delete: () => log.calls.push(`delete chart ${chart.name}`),
          });
          // Renaming is a property set; the log shows it once the batch syncs.
          Object.defineProperty(mock, 'name', {
            get: () => chart.name,
            set: (value: string) => {
              log.calls.push(`rename chart ${chart.name} to ${value}`);
              chart.name = value;
            },
          });
          return mock;
        },
        getItemOrNullObject: function (this: Mock, name: string) {
          const chart = state.charts.find((c) => same(c.sheet, sheet) && same(c.name, name));
          return attach(
            this,
            { name: chart?.name ?? '', delete: () => log.calls.push(`delete chart ${name}`) },
            { isNullObject: !chart },
          );
        },
        add: function (this: Mock, type: string, source: Mock, seriesBy: string) {
          const mock = attach(this, {
            name: '',
            title: { text: '' },
            setPosition: (from: string, to: string) =>
              log.calls.push(`position chart ${from}:${to}`),
          });
          log.chartsAdded.push({ sheet, type, source, seriesBy, mock });
          return mock;
        },
      },
    );

  const sheetMock = (parent: Mock, name: string) => {
    const sheet = state.sheets.find((s) => same(s, name));
    if (!sheet) return attach(parent, { name: '' }, { isNullObject: true });
    return attach(
      parent,
      {
        name: sheet,
        getRange: function (this: Mock, address?: string) {
          return range(this, sheet, address);
        },
        getUsedRangeOrNullObject: function (this: Mock, valuesOnly: boolean) {
          log.calls.push(`used range of ${sheet}, values only: ${valuesOnly}`);
          const used = state.usedRanges[sheet];
          return attach(this, { address: used ? `${sheet}!${used}` : '' }, { isNullObject: !used });
        },
        activate: () => log.calls.push(`activate ${sheet}`),
        delete: () => {
          log.calls.push(`delete sheet ${sheet}`);
          state.sheets = state.sheets.filter((s) => s !== sheet);
        },
        pageLayout: {
          setPrintArea: (address: string) => log.calls.push(`print area of ${sheet}: ${address}`),
          orientation: 'Landscape',
          zoom: { horizontalFitToPages: 1 },
          getPrintAreaOrNullObject: function (this: Mock) {
            const area = state.printAreas?.[sheet];
            return attach(
              this,
              { address: area ? `${sheet}!${area}` : '' },
              { isNullObject: !area },
            );
          },
        },
        tables: collection(
          () =>
            state.tables
              .filter((t) => same(t.sheet, sheet))
              .map((t) => ({
                name: t.name,
                delete: () => log.calls.push(`delete table ${t.name}`),
              })),
          {
            add: function (this: Mock, address: string, hasHeaders: boolean) {
              const mock = attach(this, { name: '' });
              log.tablesAdded.push({ sheet, address, hasHeaders, mock });
              return mock;
            },
          },
        ),
        charts: chartsOf(sheet),
      },
      { isNullObject: false },
    );
  };

  const data = {
    context: {
      workbook: {
        worksheets: collection(() => state.sheets.map((name) => ({ name })), {
          getItem: function (this: Mock, name: string) {
            if (!state.sheets.some((s) => same(s, name)))
              throw new Error(`ItemNotFound: worksheet ${name}`);
            return sheetMock(this, name);
          },
          getItemOrNullObject: function (this: Mock, name: string) {
            return sheetMock(this, name);
          },
          getActiveWorksheet: function (this: Mock) {
            return attach(this, { name: state.active ?? state.sheets[0] });
          },
          add: function (this: Mock, name: string) {
            log.calls.push(`add sheet ${name}`);
            state.sheets.push(name);
            return sheetMock(this, name);
          },
        }),
        tables: collection(
          () =>
            state.tables.map((t) => ({
              name: t.name,
              showTotals: t.showTotals ?? false,
              showHeaders: true,
            })),
          {
            getItem: function (this: Mock, name: string) {
              if (!state.tables.some((t) => same(t.name, name)))
                throw new Error(`ItemNotFound: table ${name}`);
              return tableMock(this, name);
            },
            getItemOrNullObject: function (this: Mock, name: string) {
              return tableMock(this, name);
            },
          },
        ),
        names: collection(() => state.names.map((n) => ({ name: n.name, formula: n.formula })), {
          getItem: function (this: Mock, name: string) {
            if (!state.names.some((n) => same(n.name, name)))
              throw new Error(`ItemNotFound: name ${name}`);
            return attach(this, { delete: () => log.calls.push(`delete name ${name}`) });
          },
          getItemOrNullObject: function (this: Mock, name: string) {
            const item = state.names.find((n) => same(n.name, name));
            return attach(
              this,
              {
                name: item?.name ?? '',
                formula: item?.formula ?? '',
                delete: () => log.calls.push(`delete name ${name}`),
              },
              { isNullObject: !item },
            );
          },
          add: (name: string, formula: string) => log.calls.push(`add name ${name} ${formula}`),
        }),
        settings: collection(
          () => Object.entries(state.settings).map(([key, value]) => ({ key, value })),
          {
            getItem: function (this: Mock, key: string) {
              if (!(key in state.settings)) throw new Error(`ItemNotFound: setting ${key}`);
              return attach(this, {
                delete: () => {
                  log.calls.push(`delete setting ${key}`);
                  delete state.settings[key];
                },
              });
            },
            getItemOrNullObject: function (this: Mock, key: string) {
              // office-addin-mock cannot hold null, so a missing setting's value is "" behind isNullObject.
              return attach(
                this,
                {
                  key,
                  value: state.settings[key] ?? '',
                  delete: () => {
                    log.calls.push(`delete setting ${key}`);
                    delete state.settings[key];
                  },
                },
                { isNullObject: !(key in state.settings) },
              );
            },
            add: (key: string, value: unknown) => {
              log.calls.push(`setting ${key}`);
              state.settings[key] = value;
            },
          },
        ),
      },
    },
    run: async function (this: Mock, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };

  const excel = new OfficeMockObject(data);
  const sync = excel.context.sync.bind(excel.context) as () => Promise<void>;
  excel.context.sync = async () => {
    log.syncs++;
    await sync();
    // office-addin-mock copies loaded values into nested objects in callbacks it does not await.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { excel, log };
}

export function emptyState(): ExcelState {
  return {
    sheets: ['Sheet1'],
    tables: [],
    names: [],
    settings: {},
    charts: [],
    values: {},
    usedRanges: {},
  };
}
