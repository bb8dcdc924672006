import { boundScaleMix } from '../../../src/engine/rules/boundScales';

/** The rule of boundScales.ts on bounds alone; the OUTCOME functions' cases are in mixedScaleCases. */
describe('boundScaleMix', () => {
  it('finds the one fraction among percentages, wherever it sits', () => {
    expect(boundScaleMix([99.9, 0.995, 99])).toEqual({
      index: 1,
      bound: 0.995,
      scale: 'fraction',
      low: 99,
      high: 99.9,
    });
    // at the top: 99.9% arriving as 0.999 above percentages up to 99.5 (the table runs to 100)
    expect(boundScaleMix([95, 99, 99.5, 0.999])).toMatchObject({ index: 3, scale: 'fraction' });
    // "100%" arriving as 1
    expect(boundScaleMix([0, 99, 99.5, 1])).toMatchObject({ index: 3, bound: 1 });
  });

  it('finds the one percentage among fractions', () => {
    expect(boundScaleMix([0.95, 99, 0.995])).toEqual({
      index: 1,
      bound: 99,
      scale: 'percentage',
      low: 0.95,
      high: 0.995,
    });
  });

  it('forgives binary noise: 0.57 × 100 is 56.99999999999999, the bound 57', () => {
    expect(0.57 * 100).toBe(56.99999999999999);
    expect(boundScaleMix([0.57, 57, 80])).toMatchObject({ index: 0, scale: 'fraction' });
    expect(boundScaleMix([0.57, 0.8, 57])).toMatchObject({ index: 2, scale: 'percentage' });
  });

  it('leaves tables on one scale alone, 0 and 100 included', () => {
    expect(boundScaleMix([0, 99, 99.5, 99.9, 100])).toBeNull();
    expect(boundScaleMix([0, 0.99, 0.995, 0.999, 1])).toBeNull();
    expect(boundScaleMix([99.5])).toBeNull();
    expect(boundScaleMix([])).toBeNull();
  });

  it('leaves tables legitimately spread over both ranges alone', () => {
    expect(boundScaleMix([0.1, 0.5, 1, 2, 5])).toBeNull(); // defect rate, %
    expect(boundScaleMix([0.5, 1, 4, 8, 24, 48])).toBeNull(); // hours
    expect(boundScaleMix([0.8, 1, 1.2])).toBeNull(); // attainment fractions
    expect(boundScaleMix([0, 1, 2, 5])).toBeNull(); // a bound of 1 in a small percentage table
  });

  it('ignores bounds beyond 100 and at Excel’s infinity; compares magnitudes', () => {
    expect(boundScaleMix([-9.99e307, 99, 99.9, 9.99e307])).toBeNull();
    expect(boundScaleMix([0.5, 120, 150])).toBeNull();
    expect(boundScaleMix([-0.995, -99, -99.9])).toMatchObject({ index: 0, low: -99.9, high: -99 });
  });

  it('refuses the genuinely ambiguous: 1 among percentages reaching 90, 0.25 among hours 4 to 48', () => {
    expect(boundScaleMix([0, 1, 50, 95])).toMatchObject({ index: 1, scale: 'fraction' });
    expect(boundScaleMix([0.25, 4, 8, 24, 48])).toMatchObject({ index: 0, scale: 'fraction' });
  });
});
