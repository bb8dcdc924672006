import {
  addressOf,
  cellAddress,
  columnLetters,
  columnNumber,
  isCellReference,
  isR1C1Reference,
  offsetCell,
  parseCell,
  parseRange,
  qualifiedAddress,
  rangeAddress,
  rangesOverlap,
  splitSheetAddress,
} from '../../src/workbook/cellAddress';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnNumber(letters)).toBe(col);
    expect(columnNumber(letters.toLowerCase())).toBe(col);
  });

  it('round-trips every column', () => {
    for (let col = 1; col <= 16384; col++) expect(columnNumber(columnLetters(col))).toBe(col);
  });

  it('refuses columns outside the sheet', () => {
    expect(() => columnLetters(0)).toThrow('outside');
    expect(() => columnLetters(16385)).toThrow('outside');
    expect(() => columnLetters(1.5)).toThrow('outside');
    expect(() => columnNumber('XFE')).toThrow('beyond XFD');
    expect(() => columnNumber('A1')).toThrow('not a column');
    expect(() => columnNumber('')).toThrow('not a column');
  });
});

describe('cells', () => {
  it('parses plain and absolute addresses', () => {
    expect(parseCell('B5')).toEqual({ row: 5, col: 2 });
    expect(parseCell('$A$1')).toEqual({ row: 1, col: 1 });
    expect(parseCell('$C7')).toEqual({ row: 7, col: 3 });
    expect(parseCell('xfd1048576')).toEqual({ row: 1048576, col: 16384 });
  });

  it('refuses what is not a cell', () => {
    for (const bad of ['A0', 'A1048577', '5B', 'B', '', 'A1:B2', 'Sheet1!A1', 'XFE1'])
      expect(() => parseCell(bad)).toThrow();
  });

  it('writes addresses, absolute when asked', () => {
    expect(cellAddress(5, 2)).toBe('B5');
    expect(cellAddress(3, 2, true)).toBe('$B$3');
    expect(() => cellAddress(0, 1)).toThrow('Row 0');
  });

  it('offsets a cell', () => {
    expect(offsetCell('B5', 2, 3)).toBe('E7');
    expect(offsetCell('$B$5', -4, -1)).toBe('A1');
    expect(() => offsetCell('A1', -1, 0)).toThrow();
  });

  it('tells cell references from names', () => {
    expect(isCellReference('A1')).toBe(true);
    expect(isCellReference('TAX2023')).toBe(true); // column TAX exists
    expect(isCellReference('XFE1')).toBe(false);
    expect(isCellReference('Bands_A1')).toBe(false);
    expect(isR1C1Reference('R1C1')).toBe(true);
    expect(isR1C1Reference('r')).toBe(true);
    expect(isR1C1Reference('C')).toBe(true);
    expect(isR1C1Reference('RC2')).toBe(true);
    expect(isR1C1Reference('Rate')).toBe(false);
    expect(isR1C1Reference('')).toBe(false);
  });
});

describe('ranges', () => {
  it('parses a range into its top-left and size', () => {
    expect(parseRange('A1:C3')).toEqual({ row: 1, col: 1, rows: 3, cols: 3 });
    expect(parseRange('$D$2:$L$7')).toEqual({ row: 2, col: 4, rows: 6, cols: 9 });
    expect(parseRange('B5')).toEqual({ row: 5, col: 2, rows: 1, cols: 1 });
    expect(parseRange('C3:A1')).toEqual({ row: 1, col: 1, rows: 3, cols: 3 });
  });

  it('refuses malformed ranges', () => {
    for (const bad of ['A1:', ':B2', 'A1:B2:C3', 'A1-B2']) expect(() => parseRange(bad)).toThrow();
  });

  it('builds a range from its top-left and size', () => {
    expect(rangeAddress('A1', 3, 3)).toBe('A1:C3');
    expect(rangeAddress('N2', 5, 2)).toBe('N2:O6');
    expect(rangeAddress('B4', 1, 1)).toBe('B4');
    expect(rangeAddress('B4', 1, 1, true)).toBe('$B$4');
    expect(rangeAddress('Y1', 2, 3)).toBe('Y1:AA2');
    expect(() => rangeAddress('A1', 0, 2)).toThrow('at least one row');
  });

  it('round-trips addresses', () => {
    for (const address of ['A1', 'B2:C9', 'Z1:AA100', 'XFA1:XFD1048576'])
      expect(addressOf(parseRange(address))).toBe(address);
  });

  it('detects overlapping rectangles', () => {
    const a = parseRange('B2:D4');
    expect(rangesOverlap(a, parseRange('D4:E5'))).toBe(true);
    expect(rangesOverlap(a, parseRange('E2:F4'))).toBe(false);
    expect(rangesOverlap(a, parseRange('B5:D6'))).toBe(false);
    expect(rangesOverlap(a, parseRange('A1:Z100'))).toBe(true);
  });
});

describe('sheet-qualified addresses', () => {
  it('quotes sheet names only when Excel needs it', () => {
    expect(qualifiedAddress('Contract', '$B$4')).toBe('Contract!$B$4');
    expect(qualifiedAddress('OM_ChangeLog', 'A1')).toBe('OM_ChangeLog!A1');
    expect(qualifiedAddress('My sheet', 'A1')).toBe("'My sheet'!A1");
    expect(qualifiedAddress("Bob's", 'A1')).toBe("'Bob''s'!A1");
    expect(qualifiedAddress('A1', 'B2')).toBe("'A1'!B2");
    expect(qualifiedAddress('R2C3', 'B2')).toBe("'R2C3'!B2");
    expect(qualifiedAddress('2024', 'B2')).toBe("'2024'!B2");
  });

  it('splits what Excel reports back', () => {
    expect(splitSheetAddress('Contract!D2:L7')).toEqual({ sheet: 'Contract', address: 'D2:L7' });
    expect(splitSheetAddress("'Bob''s sheet'!A1")).toEqual({ sheet: "Bob's sheet", address: 'A1' });
    expect(splitSheetAddress('A1:B2')).toEqual({ sheet: null, address: 'A1:B2' });
  });
});
