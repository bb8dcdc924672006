import { parseActualsText } from '../../src/workbook/actualsImport';
import { readContractSheet } from '../../src/workbook/contractSheetReader';
import { CONTRACT_START_LABEL, writeContractSheet } from '../../src/workbook/contractSheet';
import { MONTH_FORMAT, periodSerial, serialPeriod } from '../../src/workbook/excelDates';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { sampleContract } from '../../src/workbook/sampleModel';

const contract = sampleContract();

describe('the contract start', () => {
  it('is a month of the sample, January 2026', () => {
    expect(contract.startPeriod).toBe('2026-01');
  });

  it('is written to the Contract sheet as a date shown as a month, and read back', async () => {
    const host = new MemoryWorkbookHost();
    await writeContractSheet(host, { ...contract, startPeriod: '2027-04' });
    const cells = host.sheetCells('Contract');
    const label = cells.find((c) => c.input === CONTRACT_START_LABEL);
    const value = cells.find((c) => c.address === label?.address.replace('A', 'B'));
    // 1 April 2027 is Excel's day 46478.
    expect(value?.input).toBe(46478);
    expect(value?.numberFormat).toBe(MONTH_FORMAT);
    const read = await readContractSheet(host);
    expect(read.kind === 'ok' && read.contract.startPeriod).toBe('2027-04');
  });

  it('stays not agreed when the cell is blank', async () => {
    const host = new MemoryWorkbookHost();
    const withoutStart = { ...contract, startPeriod: undefined };
    await writeContractSheet(host, withoutStart);
    const read = await readContractSheet(host);
    expect(read.kind === 'ok' && 'startPeriod' in read.contract).toBe(false);
  });

  it('refuses actuals from before it, with the row and the start, and imports nothing', () => {
    const result = parseActualsText(
      'Service level,Period,Value\nAvailability,2025-12,99.7\nAvailability,2026-01,99.6\n',
      contract,
    );
    expect(result).toEqual({
      kind: 'invalid',
      problems: ['Row 2: 2025-12 is before the contract start, 2026-01 (Contract tab).'],
    });
  });

  it('lets actuals of any month through while it is not agreed', () => {
    const withoutStart = { ...contract, startPeriod: undefined };
    const result = parseActualsText(
      'Service level,Period,Value\nAvailability,2025-12,99.7\n',
      withoutStart,
    );
    expect(result.kind).toBe('ok');
  });
});

describe('month serials', () => {
  it('turn a period into the serial of its first day and back', () => {
    expect(periodSerial('2026-01')).toBe(46023);
    expect(periodSerial('1900-03')).toBe(61);
    expect(serialPeriod(46023)).toBe('2026-01');
    expect(serialPeriod(46053.75)).toBe('2026-01');
    expect(serialPeriod(46054)).toBe('2026-02');
    expect(serialPeriod(0)).toBeNull();
  });
});
