/** @jest-environment jsdom */
import {
  base64Of,
  browserDownload,
  MAX_REQUEST_BASE64,
  officeFileDelivery,
} from '../../../src/workbook/share/fileDelivery';

/**
 * Where the file goes. In Excel with ExcelApi 1.8 it opens as a new workbook: Excel.createWorkbook
 * receives the file's bytes as base64 (checked by decoding them). Without that API, and in the
 * workbench, the browser downloads it under its name. Office and Excel here are stand-ins holding
 * only what the code calls; what real Excel does with the workbook is not visible to a test.
 */
const file = {
  name: 'Deal – for the other side 2026-12-04.xlsx',
  bytes: Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256),
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

it('base64 of large files (chunked) decodes to the same bytes', () => {
  const decoded = Buffer.from(base64Of(file.bytes), 'base64');
  expect(new Uint8Array(decoded)).toEqual(file.bytes);
  expect(base64Of(new Uint8Array())).toBe('');
});

it('Excel with ExcelApi 1.8 opens the file as a new workbook', async () => {
  const opened: string[] = [];
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === 'ExcelApi' && v === '1.8',
      },
    },
  };
  globals.Excel = { createWorkbook: async (base64: string) => void opened.push(base64) };
  expect(await officeFileDelivery(file)).toBe('opened');
  expect(opened).toHaveLength(1);
  expect(new Uint8Array(Buffer.from(opened[0], 'base64'))).toEqual(file.bytes);
});

it('a file too large for one Excel on the web request downloads instead', async () => {
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download);
  });
  URL.createObjectURL = () => 'blob:test/large';
  URL.revokeObjectURL = () => undefined;
  const opened: string[] = [];
  globals.Office = { context: { requirements: { isSetSupported: () => true } } };
  globals.Excel = { createWorkbook: async (base64: string) => void opened.push(base64) };
  // 3.4 MB of bytes is 4.53 MB of base64: over the limit with the request around it.
  const large = { ...file, bytes: new Uint8Array(3_400_000) };
  expect(base64Of(large.bytes).length).toBeGreaterThan(MAX_REQUEST_BASE64);
  expect(await officeFileDelivery(large)).toBe('downloaded');
  expect(opened).toEqual([]);
  expect(clicked).toEqual([file.name]);
  click.mockRestore();
});

it('without ExcelApi 1.8, and in the browser, the file downloads under its name', async () => {
  const clicked: { name: string; href: string }[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ name: this.download, href: this.href });
  });
  const urls: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    urls.push(blob);
    return `blob:test/${urls.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  globals.Office = { context: { requirements: { isSetSupported: () => false } } };
  expect(await officeFileDelivery(file)).toBe('downloaded');
  expect(await browserDownload(file)).toBe('downloaded');
  expect(clicked).toEqual([
    { name: file.name, href: 'blob:test/1' },
    { name: file.name, href: 'blob:test/2' },
  ]);
  expect(urls[0].size).toBe(file.bytes.length);
  expect(urls[0].type).toBe(file.mime);
  expect(document.querySelectorAll('a')).toHaveLength(0);
  click.mockRestore();
});
