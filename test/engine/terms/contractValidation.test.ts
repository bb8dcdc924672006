import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import { attainmentBands, binaryBands, contract, serviceLevel } from '../contractFixtures';

/** A valid two-SL contract: availability (higher, 99.5 / min 99, 60%) and resolution hours (lower, 4 / min 8, 50%). */
const availability = (over: Partial<ServiceLevel> = {}): ServiceLevel =>
  serviceLevel('A', {
    name: 'Availability',
    expected: 99.5,
    minimum: 99,
    allocation: 0.6,
    ...over,
  });
const resolution = (over: Partial<ServiceLevel> = {}): ServiceLevel =>
  serviceLevel('R', {
    name: 'Resolution hours',
    unit: 'h',
    direction: 'lower',
    expected: 4,
    minimum: 8,
    allocation: 0.5,
    bands: attainmentBands(),
    ...over,
  });
const valid = (over: Partial<Contract> = {}, sls?: ServiceLevel[]): Contract =>
  contract(sls ?? [availability(), resolution()], { poolShare: 1.5, ...over });

describe('contractIssues', () => {
  test('a valid contract has no issues', () => {
    expect(contractIssues(valid())).toEqual([]);
  });

  describe('contract-wide terms', () => {
    test('empty contract name', () => {
      expect(contractIssues(valid({ name: '   ' }))).toEqual([
        { serviceLevelId: null, field: 'name', message: 'Contract name is empty' },
      ]);
    });

    test.each([-1, NaN])('monthly charges %p', (v) => {
      expect(contractIssues(valid({ monthlyCharges: v }))).toEqual([
        {
          serviceLevelId: null,
          field: 'monthlyCharges',
          message: 'Monthly charges must be a number ≥ 0',
        },
      ]);
    });

    test.each([-0.01, 1.2, NaN])('bad at-risk %p', (v) => {
      expect(contractIssues(valid({ atRiskShare: v }))).toEqual([
        {
          serviceLevelId: null,
          field: 'atRiskShare',
          message: 'At-risk % must be between 0% and 100%',
        },
      ]);
    });

    test.each([0, 1, 0.15])('at-risk %p is accepted', (v) => {
      expect(contractIssues(valid({ atRiskShare: v }))).toEqual([]);
    });

    test('negative pool', () => {
      const issues = contractIssues(valid({ poolShare: -1 }));
      expect(issues).toContainEqual({
        serviceLevelId: null,
        field: 'poolShare',
        message: 'Pool % must be a number ≥ 0%',
      });
    });

    test('incentive caps must be ≥ 0 or empty', () => {
      expect(contractIssues(valid({ incentiveCapMonthlyShare: -0.05 }))).toEqual([
        {
          serviceLevelId: null,
          field: 'incentiveCapMonthlyShare',
          message: 'Incentive cap must be a number ≥ 0%, or empty for none',
        },
      ]);
      expect(contractIssues(valid({ incentiveCapAnnualShare: NaN }))).toEqual([
        {
          serviceLevelId: null,
          field: 'incentiveCapAnnualShare',
          message: 'Incentive cap must be a number ≥ 0%, or empty for none',
        },
      ]);
      expect(
        contractIssues(valid({ incentiveCapMonthlyShare: 0, incentiveCapAnnualShare: null })),
      ).toEqual([]);
    });

    test.each([0, -12, 12.5, NaN])('term %p months', (v) => {
      expect(contractIssues(valid({ termMonths: v }))).toEqual([
        {
          serviceLevelId: null,
          field: 'termMonths',
          message: 'Term must be a whole number of months ≥ 1',
        },
      ]);
    });

    test.each([
      ['all', 0],
      ['prorata', 1.5],
      ['all', NaN],
      ['prorata', -1],
    ] as const)('earnback %s with window %p', (mode, window) => {
      expect(contractIssues(valid({ earnback: { mode, window } }))).toEqual([
        {
          serviceLevelId: null,
          field: 'earnbackWindow',
          message: 'Earnback window must be a whole number of months ≥ 1',
        },
      ]);
    });

    test('the window is ignored when the mode does not use it', () => {
      expect(contractIssues(valid({ earnback: { mode: 'none', window: 0 } }))).toEqual([]);
      expect(contractIssues(valid({ earnback: { mode: 'annualAverage', window: 0 } }))).toEqual([]);
      expect(contractIssues(valid({ earnback: { mode: 'all', window: 3 } }))).toEqual([]);
    });

    test.each([1.2, -0.1, NaN])('ratchet cap %p', (gap) => {
      expect(contractIssues(valid({ ratchet: { method: 'midpoint', maxGapShare: gap } }))).toEqual([
        {
          serviceLevelId: null,
          field: 'ratchetMaxGapShare',
          message: 'Ratchet cap must be between 0% and 100%',
        },
      ]);
    });
  });

  describe('service levels', () => {
    test('empty name', () => {
      expect(contractIssues(valid({}, [availability({ name: '  ' }), resolution()]))).toEqual([
        { serviceLevelId: 'A', field: 'name', message: 'Name is empty' },
      ]);
    });

    test('duplicate names (trimmed, case-insensitive) are reported on each SL', () => {
      const issues = contractIssues(
        valid({}, [availability({ name: 'Uptime' }), resolution({ name: ' uptime ' })]),
      );
      expect(issues).toEqual([
        { serviceLevelId: 'A', field: 'name', message: 'Duplicate name "Uptime"' },
        { serviceLevelId: 'R', field: 'name', message: 'Duplicate name "uptime"' },
      ]);
    });

    test('expected and minimum must be numbers', () => {
      expect(
        contractIssues(valid({}, [availability({ expected: NaN }), resolution()])),
      ).toContainEqual({
        serviceLevelId: 'A',
        field: 'expected',
        message: 'Expected level must be a number',
      });
      expect(contractIssues(valid({}, [availability({ minimum: NaN }), resolution()]))).toEqual([
        { serviceLevelId: 'A', field: 'minimum', message: 'Minimum level must be a number' },
      ]);
    });

    test('higher is better: expected below the minimum is an issue; equal is fine', () => {
      expect(
        contractIssues(valid({}, [availability({ expected: 99, minimum: 99.5 }), resolution()])),
      ).toEqual([
        {
          serviceLevelId: 'A',
          field: 'minimum',
          message: 'Expected level 99 is worse than the minimum 99.5',
        },
      ]);
      expect(
        contractIssues(valid({}, [availability({ expected: 99.5, minimum: 99.5 }), resolution()])),
      ).toEqual([]);
    });

    test('lower is better: expected above the minimum is an issue; equal is fine', () => {
      expect(
        contractIssues(valid({}, [availability(), resolution({ expected: 8, minimum: 4 })])),
      ).toEqual([
        {
          serviceLevelId: 'R',
          field: 'minimum',
          message: 'Expected level 8 is worse than the minimum 4',
        },
      ]);
      expect(
        contractIssues(valid({}, [availability(), resolution({ expected: 4, minimum: 4 })])),
      ).toEqual([]);
    });

    test('expected and minimum on different scales (99.5 vs 0.99) is an issue', () => {
      expect(
        contractIssues(valid({}, [availability({ expected: 99.5, minimum: 0.99 }), resolution()])),
      ).toEqual([
        {
          serviceLevelId: 'A',
          field: 'minimum',
          message: 'Expected level 99.5 and minimum 0.99 mix a percentage with a fraction',
        },
      ]);
      // both fractions: fine
      expect(
        contractIssues(
          valid({}, [
            availability({ expected: 0.995, minimum: 0.99, bands: binaryBands(0.995) }),
            resolution(),
          ]),
        ),
      ).toEqual([]);
    });

    test('performance bands on the other scale from the expected level are an issue', () => {
      // expected 99.5 but bands written as fractions: every month would land in the 0.995 band
      const mixed = availability({ bands: binaryBands(0.995, -1e9) });
      expect(contractIssues(valid({}, [mixed, resolution()]))).toEqual([
        {
          serviceLevelId: 'A',
          field: 'bands',
          message: 'Band bounds and the expected level 99.5 mix a percentage with a fraction',
        },
      ]);
      // attainment bands are on their own scale and are not compared with expected
      expect(
        contractIssues(valid({}, [availability({ bands: attainmentBands() }), resolution()])),
      ).toEqual([]);
      // hours: a 0.05 h band alongside 4 h and 8 h bands is not a mix
      const hours = resolution({
        bands: {
          basis: 'performance',
          method: 'step',
          rows: [
            { bound: 0, rate: 0.1 },
            { bound: 0.05, rate: 0 },
            { bound: 4, rate: -0.5 },
            { bound: 8, rate: -1 },
          ],
        },
      });
      expect(contractIssues(valid({}, [availability(), hours]))).toEqual([]);
    });

    test('expected 0 for higher is better would divide by zero', () => {
      expect(
        contractIssues(
          valid({}, [
            availability({ expected: 0, minimum: null, bands: attainmentBands() }),
            resolution(),
          ]),
        ),
      ).toEqual([
        {
          serviceLevelId: 'A',
          field: 'expected',
          message: 'Expected level must not be 0 (attainment divides by it)',
        },
      ]);
    });

    test.each([-0.1, NaN])('allocation %p', (a) => {
      expect(contractIssues(valid({}, [availability({ allocation: a }), resolution()]))).toEqual([
        { serviceLevelId: 'A', field: 'allocation', message: 'Allocation must be a number ≥ 0%' },
      ]);
    });

    test('bad bands: duplicate bound, empty, non-finite', () => {
      const dup = availability({
        bands: {
          basis: 'performance',
          method: 'step',
          rows: [
            { bound: 99.5, rate: 0 },
            { bound: 99.5, rate: -1 },
          ],
        },
      });
      expect(contractIssues(valid({}, [dup, resolution()]))).toEqual([
        { serviceLevelId: 'A', field: 'bands', message: 'Bands: duplicate lower bound 99.5' },
      ]);
      const empty = resolution({ bands: { basis: 'attainment', method: 'linear', rows: [] } });
      expect(contractIssues(valid({}, [availability(), empty]))).toEqual([
        { serviceLevelId: 'R', field: 'bands', message: 'Bands: no band rows' },
      ]);
      const nan = resolution({ bands: attainmentBands([{ bound: NaN, rate: 0 }]) });
      expect(contractIssues(valid({}, [availability(), nan]))).toEqual([
        {
          serviceLevelId: 'R',
          field: 'bands',
          message: 'Bands: lower bound NaN is not a finite number',
        },
      ]);
    });

    test('rates outside ±100% (one issue per SL, shown without binary noise)', () => {
      const high = resolution({
        bands: attainmentBands([
          { bound: 0, rate: -1.2 },
          { bound: 1, rate: 1.1 },
        ]),
      });
      // −1.2 is reported first; 1.1 × 100 would print 110.00000000000001 without rounding
      expect(contractIssues(valid({}, [availability(), high]))).toEqual([
        { serviceLevelId: 'R', field: 'bands', message: 'Rate -120% is outside −100%…+100%' },
      ]);
      const over = resolution({ bands: attainmentBands([{ bound: 1, rate: 1.1 }]) });
      expect(contractIssues(valid({}, [availability(), over]))).toEqual([
        { serviceLevelId: 'R', field: 'bands', message: 'Rate 110% is outside −100%…+100%' },
      ]);
      // exactly ±100% is allowed
      const edge = resolution({
        bands: attainmentBands([
          { bound: 0, rate: -1 },
          { bound: 1, rate: 1 },
        ]),
      });
      expect(contractIssues(valid({}, [availability(), edge]))).toEqual([]);
    });
  });

  describe('allocations against the pool', () => {
    test('critical allocations over the pool', () => {
      // 60% + 50% = 110% > 100%
      expect(contractIssues(valid({ poolShare: 1 }))).toEqual([
        {
          serviceLevelId: null,
          field: 'poolShare',
          message: 'Allocations total 110%, over the pool of 100%',
        },
      ]);
    });

    test('exactly at the pool is fine, including binary noise in the sum', () => {
      expect(contractIssues(valid({ poolShare: 1.1 }))).toEqual([]);
      // 0.1 + 0.2 = 0.30000000000000004 against a pool of 0.3
      const sls = [availability({ allocation: 0.1 }), resolution({ allocation: 0.2 })];
      expect(contractIssues(valid({ poolShare: 0.3 }, sls))).toEqual([]);
    });

    test('key measurements do not use the pool', () => {
      const sls = [availability(), resolution({ critical: false })];
      // only 60% critical ≤ 100%
      expect(contractIssues(valid({ poolShare: 1 }, sls))).toEqual([]);
    });
  });

  test('several problems are all reported', () => {
    const issues = contractIssues(
      valid({ name: '', termMonths: 0 }, [
        availability({ name: '' }),
        resolution({ allocation: -1 }),
      ]),
    );
    expect(issues.map((i) => [i.serviceLevelId, i.field])).toEqual([
      [null, 'name'],
      [null, 'termMonths'],
      ['A', 'name'],
      ['R', 'allocation'],
    ]);
  });
});
