import { serviceLevelStatus } from '../../../src/engine/rules/status';

describe('serviceLevelStatus, higher is better (expected 99.5, minimum 99)', () => {
  test.each([
    [99.9, 'Met'],
    [99.5, 'Met'], // equality meets
    [99.2, 'Missed'],
    [99, 'Missed'], // at the minimum: not below it
    [98.9, 'Below minimum'],
  ])('%p → %s', (actual, status) => {
    expect(serviceLevelStatus(actual as number, 99.5, 99, 'higher')).toBe(status);
  });

  test('an average that is 99.5 up to binary noise is Met', () => {
    // (99.1 + 99.3 + 99.9 + 99.7) / 4 = 99.5 by hand, 99.49999999999999 in binary
    const avg = [99.1, 99.3, 99.9, 99.7].reduce((a, b) => a + b) / 4;
    expect(serviceLevelStatus(avg, 99.5, 99, 'higher')).toBe('Met');
  });

  test('without a minimum a miss is never below minimum', () => {
    expect(serviceLevelStatus(10, 99.5, null, 'higher')).toBe('Missed');
  });
});

describe('serviceLevelStatus, lower is better (expected 4 h, minimum 8 h)', () => {
  test.each([
    [3, 'Met'],
    [4, 'Met'], // equality meets
    [6, 'Missed'],
    [8, 'Missed'], // at the minimum
    [8.5, 'Below minimum'],
  ])('%p → %s', (actual, status) => {
    expect(serviceLevelStatus(actual as number, 4, 8, 'lower')).toBe(status);
  });

  test('without a minimum a miss is never below minimum', () => {
    expect(serviceLevelStatus(1000, 4, null, 'lower')).toBe('Missed');
  });
});
