import { type BandRow } from '../../../src/engine/rules/bands';
import { type Contract, type ServiceLevel } from '../../../src/engine/terms/contract';
import { contractIssues } from '../../../src/engine/terms/contractValidation';
import {
  bandRowsOverLimit,
  MAX_BAND_ROWS,
  MAX_PROPOSALS,
  MAX_SCENARIOS,
  MAX_SERVICE_LEVELS,
  MAX_TERM_MONTHS,
  MAX_TRIALS,
  serviceLevelsOverLimit,
  termOverLimit,
} from '../../../src/engine/terms/limits';
import { type PerformanceAssumption } from '../../../src/engine/simulation/performanceAssumption';
import { type Proposal } from '../../../src/engine/terms/proposal';
import {
  MAX_TRIALS as SIMULATION_MAX_TRIALS,
  prepareSimulation,
  type SimulationConfig,
} from '../../../src/engine/simulation/simulationSetup';
import { contract, serviceLevel } from '../contractFixtures';

/** `n` distinct band rows on the percentage scale: a credit below 99.5, nothing from it up. */
const bandRows = (n: number): BandRow[] =>
  Array.from({ length: n }, (_, i) => ({
    bound: 99.5 - (n - 1 - i) * 0.5,
    rate: i === n - 1 ? 0 : -0.5,
  }));

/** `n` critical levels sharing a 200% pool. */
const levels = (n: number): ServiceLevel[] =>
  Array.from({ length: n }, (_, i) => serviceLevel(`sl${i + 1}`, { allocation: 1 / 128 }));

const withBandRows = (n: number): Contract =>
  contract([
    serviceLevel('A', { bands: { basis: 'performance', method: 'step', rows: bandRows(n) } }),
  ]);

describe('the limits', () => {
  it('are the agreed sizes', () => {
    expect({
      MAX_SERVICE_LEVELS,
      MAX_BAND_ROWS,
      MAX_TERM_MONTHS,
      MAX_SCENARIOS,
      MAX_PROPOSALS,
      MAX_TRIALS,
    }).toEqual({
      MAX_SERVICE_LEVELS: 200,
      MAX_BAND_ROWS: 100,
      MAX_TERM_MONTHS: 120,
      MAX_SCENARIOS: 50,
      MAX_PROPOSALS: 50,
      MAX_TRIALS: 1_000_000,
    });
  });

  it('are the ones the simulation checks', () => {
    expect(SIMULATION_MAX_TRIALS).toBe(MAX_TRIALS);
  });

  it('say what is over, with counts people read', () => {
    expect(termOverLimit(120)).toBeNull();
    expect(termOverLimit(1095)).toBe('Term is at most 120 months (10 years), not 1,095');
    expect(serviceLevelsOverLimit(200)).toBeNull();
    expect(serviceLevelsOverLimit(10_000)).toBe(
      'A contract has at most 200 service levels, not 10,000',
    );
    expect(bandRowsOverLimit('Bands', 100)).toBeNull();
    expect(bandRowsOverLimit('Bands', 10_000)).toBe(
      'Bands: 10,000 rows, more than the 100 a band table may have',
    );
  });
});

describe('the contract validation (shown live in the pane)', () => {
  it(`accepts ${MAX_SERVICE_LEVELS} service levels and flags the first one over`, () => {
    expect(contractIssues(contract(levels(MAX_SERVICE_LEVELS)))).toEqual([]);
    expect(contractIssues(contract(levels(MAX_SERVICE_LEVELS + 2)))).toEqual([
      {
        serviceLevelId: 'sl201',
        field: 'name',
        message:
          'A contract has at most 200 service levels, not 202: remove this one (number 201) and those after it',
      },
    ]);
  });

  it(`accepts ${MAX_BAND_ROWS} band rows and flags ${MAX_BAND_ROWS + 1}, without checking the rows of a pasted table`, () => {
    expect(contractIssues(withBandRows(MAX_BAND_ROWS))).toEqual([]);
    expect(contractIssues(withBandRows(MAX_BAND_ROWS + 1))).toEqual([
      {
        serviceLevelId: 'A',
        field: 'bands',
        message: 'Bands: 101 rows, more than the 100 a band table may have',
      },
    ]);
    // 10,000 rows with one bound repeated: the size is the problem named, not the duplicate.
    const pasted = contract([
      serviceLevel('A', {
        bands: {
          basis: 'performance',
          method: 'step',
          rows: Array(10_000).fill({ bound: 99, rate: -1 }),
        },
      }),
    ]);
    expect(contractIssues(pasted)).toEqual([
      {
        serviceLevelId: 'A',
        field: 'bands',
        message: 'Bands: 10,000 rows, more than the 100 a band table may have',
      },
    ]);
  });

  it(`accepts ${MAX_BAND_ROWS} gain-share bands and flags ${MAX_BAND_ROWS + 1}`, () => {
    const withShareBands = (n: number) =>
      contract(levels(1), {
        gainShare: {
          targetCostAnnual: 1_000_000,
          shareBands: Array.from({ length: n }, (_, i) => ({ bound: i / 50, rate: 0.5 })),
          painCap: null,
          gainCap: null,
        },
      });
    expect(contractIssues(withShareBands(MAX_BAND_ROWS))).toEqual([]);
    expect(contractIssues(withShareBands(MAX_BAND_ROWS + 1))).toEqual([
      {
        serviceLevelId: null,
        field: 'gainShare',
        message: 'Gain-share bands: 101 rows, more than the 100 a band table may have',
      },
    ]);
  });

  it(`accepts a term of ${MAX_TERM_MONTHS} months and flags one of ${MAX_TERM_MONTHS + 1}`, () => {
    expect(contractIssues(contract(levels(1), { termMonths: MAX_TERM_MONTHS }))).toEqual([]);
    expect(contractIssues(contract(levels(1), { termMonths: MAX_TERM_MONTHS + 1 }))).toEqual([
      {
        serviceLevelId: null,
        field: 'termMonths',
        message: 'Term is at most 120 months (10 years), not 121',
      },
    ]);
  });

  it('names one problem for a term that is neither whole nor within the limit', () => {
    expect(contractIssues(contract(levels(1), { termMonths: Infinity }))).toEqual([
      {
        serviceLevelId: null,
        field: 'termMonths',
        message: 'Term must be a whole number of months ≥ 1',
      },
    ]);
  });
});

describe('preparing a simulation', () => {
  const constant = (level: number): PerformanceAssumption => ({ kind: 'constant', level });
  const proposalOf = (c: Contract, id = 'P'): Proposal => ({
    id,
    name: `Proposal ${id}`,
    contract: c,
  });
  const run = (proposals: Proposal[], over: Partial<SimulationConfig> = {}): SimulationConfig => {
    const ids = new Set(proposals.flatMap((p) => p.contract.serviceLevels.map((sl) => sl.id)));
    return {
      proposals,
      scenario: {
        id: 's',
        name: 'Base',
        assumptions: Object.fromEntries([...ids].map((id) => [id, constant(99.6)])),
      },
      trials: 10,
      ...over,
    };
  };
  const refusal = (config: SimulationConfig) => {
    const prepared = prepareSimulation(config);
    return prepared.ok ? 'prepared' : prepared.error.message;
  };

  it(`prepares ${MAX_TRIALS.toLocaleString('en-US')} trials and refuses one more`, () => {
    expect(refusal(run([proposalOf(contract(levels(1)))], { trials: MAX_TRIALS }))).toBe(
      'prepared',
    );
    expect(refusal(run([proposalOf(contract(levels(1)))], { trials: MAX_TRIALS + 1 }))).toBe(
      'Trials must be a whole number from 1 to 1,000,000, not 1000001',
    );
  });

  it(`compares the current contract with ${MAX_PROPOSALS} proposals, and refuses more`, () => {
    const proposals = (n: number) =>
      Array.from({ length: n }, (_, i) => proposalOf(contract(levels(1)), `p${i}`));
    expect(refusal(run(proposals(MAX_PROPOSALS + 1)))).toBe('prepared');
    expect(refusal(run(proposals(MAX_PROPOSALS + 2)))).toBe(
      'A run compares at most 51 contracts (the current one and 50 proposals), not 52',
    );
  });

  it(`prepares a term of ${MAX_TERM_MONTHS} months and refuses a longer one before sizing its paths`, () => {
    expect(refusal(run([proposalOf(contract(levels(1), { termMonths: MAX_TERM_MONTHS }))]))).toBe(
      'prepared',
    );
    // A term in days by mistake: refused before a path of 10⁹ months is allocated.
    expect(refusal(run([proposalOf(contract(levels(1), { termMonths: 1e9 }))]))).toBe(
      'Proposal P: Term is at most 120 months (10 years), not 1,000,000,000',
    );
  });

  it(`prepares ${MAX_SERVICE_LEVELS} service levels and refuses ${MAX_SERVICE_LEVELS + 1}`, () => {
    expect(refusal(run([proposalOf(contract(levels(MAX_SERVICE_LEVELS)))]))).toBe('prepared');
    expect(refusal(run([proposalOf(contract(levels(MAX_SERVICE_LEVELS + 1)))]))).toBe(
      'Proposal P: A contract has at most 200 service levels, not 201',
    );
  });

  it(`prepares ${MAX_BAND_ROWS} band rows and refuses ${MAX_BAND_ROWS + 1}`, () => {
    expect(refusal(run([proposalOf(withBandRows(MAX_BAND_ROWS))]))).toBe('prepared');
    expect(refusal(run([proposalOf(withBandRows(MAX_BAND_ROWS + 1))]))).toBe(
      'Proposal P: SL A: Bands: 101 rows, more than the 100 a band table may have',
    );
  });
});
