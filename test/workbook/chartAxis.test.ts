import { fittedAxis } from '../../src/workbook/chartAxis';

describe('fittedAxis', () => {
  it('draws an availability between 98.9% and 99.9% near its values, not from 0, and stops at 100', () => {
    expect(fittedAxis([99.62, 99.71, 98.9, 99.74, 99.5, 99], '%')).toEqual({
      minimum: 98.8,
      maximum: 99.9,
    });
    expect(fittedAxis([99.5, 99.95, 100], '%')).toEqual({ minimum: 99.4, maximum: 100 });
  });

  it('fits hours and counts on their own scale, keeping zero for counts that are near it', () => {
    expect(fittedAxis([7.4, 8.6, 12.6, 8, 6.3], 'hours')).toEqual({ minimum: 5, maximum: 14 });
    expect(fittedAxis([3, 10, 2], 'items')).toEqual({ minimum: 1, maximum: 11 });
    expect(fittedAxis([0.2, 10], 'items')).toEqual({ minimum: 0, maximum: 11 });
  });

  it('leaves the axis to Excel when there is nothing measured', () => {
    expect(fittedAxis([null, null], '%')).toBeNull();
  });

  it('gives a flat line some room', () => {
    expect(fittedAxis([99.5, 99.5], '%')).toEqual({ minimum: 99.3, maximum: 99.7 });
  });
});
