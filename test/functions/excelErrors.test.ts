import { DomainFailure } from '../../src/engine/rules/result';
import {
  CallFailure,
  excelError,
  fromDomain,
  guardMatrix,
  guardScalar,
  isExcelError,
  passOn,
} from '../../src/functions/excelErrors';
import { DIV0, expectError, NA, NUM, VALUE } from './excelValues';

describe('excelErrors', () => {
  it('maps every domain error code to its Excel error, keeping the message', () => {
    expectError(fromDomain({ code: 'value', message: 'm1' }), VALUE, 'm1');
    expectError(fromDomain({ code: 'na', message: 'm2' }), NA, 'm2');
    expectError(fromDomain({ code: 'div0', message: 'm3' }), DIV0, 'm3');
    expectError(fromDomain({ code: 'num', message: 'm4' }), NUM, 'm4');
  });

  it('recognises Excel error values and nothing else', () => {
    expect(isExcelError(excelError('na', 'x'))).toBe(true);
    expect(isExcelError({ code: '#VALUE!' })).toBe(true);
    expect(isExcelError({ code: 'E42' })).toBe(false);
    expect(isExcelError('#VALUE!')).toBe(false);
    expect(isExcelError(null)).toBe(false);
    expect(isExcelError([{ code: '#N/A' }])).toBe(false);
  });

  it('passes on output-safe input errors unchanged and turns #REF!/#NAME? into #VALUE!', () => {
    const na = excelError('na', 'x');
    expect(passOn(na)).toBe(na);
    expectError(
      passOn(new CustomFunctions.Error(CustomFunctions.ErrorCode.nullReference)),
      '#NULL!',
    );
    expectError(
      passOn(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidName)),
      VALUE,
      'an input holds #NAME?',
    );
    expectError(
      passOn(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference, 'gone')),
      VALUE,
      '#REF!: gone',
    );
  });

  it('guard turns every failure into a value and never lets an exception out', () => {
    expectError(
      guardScalar(() => {
        throw new CallFailure(excelError('na', 'shape'));
      }),
      NA,
      'shape',
    );
    expectError(
      guardScalar(() => {
        throw new DomainFailure({ code: 'div0', message: 'zero' });
      }),
      DIV0,
      'zero',
    );
    expectError(
      guardScalar(() => {
        throw excelError('num', 'raw');
      }),
      NUM,
      'raw',
    );
    // a bug still becomes #VALUE! with a message, not a crashed cell
    expectError(
      guardScalar(() => {
        throw new TypeError('boom');
      }),
      VALUE,
      'internal error: boom',
    );
    const matrix = guardMatrix(() => {
      throw new CallFailure(excelError('value', 'bad call'));
    });
    expect(matrix).toHaveLength(1);
    expectError(matrix[0][0], VALUE, 'bad call');
  });

  it('guard returns the value when nothing fails', () => {
    expect(guardScalar(() => 42)).toBe(42);
    expect(guardMatrix(() => [[1, 2]])).toEqual([[1, 2]]);
  });
});
