import { formatMoney } from '../../../src/taskpane/money/paneMoneyText';

describe('formatMoney', () => {
  it('shows what rounds to zero as zero, never "-€0"', () => {
    expect(formatMoney(-0.4, 'EUR', { whole: true })).toBe('€0');
    expect(formatMoney(-0.004, 'EUR')).toBe('€0.00');
    expect(formatMoney(-0, 'EUR', { signed: true, whole: true })).toBe('€0');
  });

  it('keeps the sign of what does not round to zero', () => {
    expect(formatMoney(-0.6, 'EUR', { whole: true })).toBe('-€1');
    expect(formatMoney(-0.005, 'EUR')).toBe('-€0.01');
    expect(formatMoney(2700, 'EUR', { signed: true })).toBe('+€2,700.00');
  });
});
