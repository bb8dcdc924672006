import {
  assertSheetName,
  assertTableName,
  assertTableSpec,
  assertWorkbookName,
  nameProblem,
} from '../../src/workbook/workbookRules';

describe('table and workbook names', () => {
  it('accepts names Excel accepts', () => {
    for (const name of [
      'Bands_Availability',
      '_x',
      'OM_ServiceLevels',
      'a.b',
      'Verfügbarkeit',
      'Bands_P1_resolved_within_4h',
    ]) {
      expect(nameProblem(name)).toBeNull();
    }
  });

  it.each([
    ['', 'empty'],
    ['1abc', 'start with a letter'],
    ['.abc', 'start with a letter'],
    ['has space', 'contains " "'],
    ['a-b', 'contains "-"'],
    ['A1', 'cell reference'],
    ['TAX2023', 'cell reference'],
    ['R1C1', 'cell reference'],
    ['c', 'cell reference'],
    ['x'.repeat(256), 'longer than 255'],
  ])('refuses %j (%s)', (name, why) => {
    expect(nameProblem(name)).toContain(why);
    expect(() => assertTableName(name, [])).toThrow(`Table name "${name}" is not valid`);
    expect(() => assertWorkbookName(name, [])).toThrow(`Workbook name "${name}" is not valid`);
  });

  it('keeps tables and workbook names in one namespace, ignoring case', () => {
    expect(() => assertTableName('om_atriskamount', ['OM_AtRiskAmount'])).toThrow(
      'already used by the workbook name "OM_AtRiskAmount"',
    );
    expect(() => assertWorkbookName('BANDS_X', ['Bands_X'])).toThrow(
      'already used by the table "Bands_X"',
    );
    expect(() => assertTableName('Bands_X', ['Bands_Y'])).not.toThrow();
  });
});

describe('sheet names', () => {
  it.each([[''], ['a'.repeat(32)], ['a/b'], ['a[1]'], ["'quoted'"], ['history']])(
    'refuses %j',
    (name) => {
      expect(() => assertSheetName(name)).toThrow(`Sheet name "${name}" is not valid`);
    },
  );

  it('accepts ordinary names', () => {
    expect(() => assertSheetName('OM_ChangeLog')).not.toThrow();
    expect(() => assertSheetName('Q1 2025 (draft)')).not.toThrow();
  });
});

describe('table layouts', () => {
  const spec = {
    name: 'T',
    sheet: 'S',
    topLeft: 'A1',
    headers: ['Lower bound', 'Rate'],
    rows: [[1, 0.1]],
  };

  it('accepts a well-formed table', () => {
    expect(() => assertTableSpec(spec, [])).not.toThrow();
  });

  it('refuses blank, duplicate or formula headers, ragged rows and mismatched formats', () => {
    expect(() => assertTableSpec({ ...spec, headers: [] }, [])).toThrow('no columns');
    expect(() => assertTableSpec({ ...spec, headers: ['Rate', ' '] }, [])).toThrow('blank header');
    expect(() => assertTableSpec({ ...spec, headers: ['Rate', 'rate'] }, [])).toThrow(
      'header "rate" twice',
    );
    expect(() => assertTableSpec({ ...spec, headers: ['=A1', 'Rate'] }, [])).toThrow(
      'read as a formula',
    );
    expect(() => assertTableSpec({ ...spec, rows: [[1]] }, [])).toThrow(
      'row 1 has 1 cells but there are 2 headers',
    );
    expect(() => assertTableSpec({ ...spec, numberFormats: ['0%'] }, [])).toThrow(
      '1 number formats for 2 columns',
    );
    expect(() => assertTableSpec({ ...spec, name: 'T T' }, [])).toThrow('is not valid');
  });
});
