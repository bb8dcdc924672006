import { type BandBasis, type Contract, type ServiceLevel } from '../engine/terms/contract';
import { type BandMethod } from '../engine/rules/bands';
import { type Direction } from '../engine/rules/direction';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { writeContractSheet } from './contractSheet';
import { writePerformanceSheet } from './performanceSheet';
import { SUMMARY_SHEET, writeSummarySheet } from './summarySheet';
import { type WorkbookHost } from './workbookHost';

/**
 * A realistic managed-service deal to start from: five service levels of both directions, step
 * and linear bands on performance and on attainment, a key measurement, and a year of measured
 * performance with some misses, so every sheet and function has something to show.
 */

function serviceLevel(
  id: string,
  name: string,
  unit: string,
  direction: Direction,
  [expected, minimum]: [number, number],
  allocation: number,
  critical: boolean,
  [method, basis]: [BandMethod, BandBasis],
  rows: [bound: number, rate: number][],
): ServiceLevel {
  return {
    id,
    name,
    unit,
    direction,
    expected,
    minimum,
    allocation,
    critical,
    bands: { method, basis, rows: rows.map(([bound, rate]) => ({ bound, rate })) },
  };
}

export function sampleContract(): Contract {
  return {
    name: 'Managed infrastructure and service desk',
    currency: 'EUR',
    monthlyCharges: 250_000,
    atRiskShare: 0.12,
    poolShare: 2,
    incentiveCapMonthlyShare: 0.05,
    incentiveCapAnnualShare: 0.03,
    earnback: { mode: 'all', window: 3 },
    ratchet: { method: 'midpoint', maxGapShare: 0.1 },
    termMonths: 36,
    startPeriod: '2026-01',
    serviceLevels: [
      // Linear between points: no cliff at 99.5 that both sides would game.
      serviceLevel(
        'availability',
        'Availability',
        '%',
        'higher',
        [99.5, 99.0],
        0.5,
        true,
        ['linear', 'performance'],
        [
          [98.0, -1],
          [99.0, -0.5],
          [99.5, 0],
          [99.9, 0.1],
        ],
      ),
      serviceLevel(
        'p1-resolution',
        'P1 resolved within 4h',
        '%',
        'higher',
        [95, 90],
        0.4,
        true,
        ['step', 'performance'],
        [
          [85, -1],
          [90, -0.5],
          [95, 0],
          [98, 0.05],
        ],
      ),
      // Lower is better: bands on attainment (expected / actual), so meeting 8 h exactly is attainment 1.
      serviceLevel(
        'mean-resolution',
        'Mean resolution hours',
        'h',
        'lower',
        [8, 12],
        0.3,
        true,
        ['linear', 'attainment'],
        [
          [0.5, -1],
          [1, 0],
          [1.25, 0.05],
        ],
      ),
      serviceLevel(
        'csat',
        'Customer satisfaction',
        'score 1–5',
        'higher',
        [4.2, 3.8],
        0.3,
        true,
        ['step', 'performance'],
        [
          [1, -0.6],
          [3.8, -0.3],
          [4.2, 0],
          [4.6, 0.05],
        ],
      ),
      // A key measurement: reported, carries no money until promoted to critical.
      serviceLevel(
        'backlog',
        'Backlog over 30 days',
        'tickets',
        'lower',
        [150, 200],
        0.2,
        false,
        ['step', 'attainment'],
        [
          [0.5, -1],
          [0.75, -0.5],
          [1, 0],
        ],
      ),
    ],
  };
}

/** Twelve months of measured values per service level id, January first. */
export function samplePerformance(): Readonly<Record<string, readonly number[]>> {
  return {
    availability: [99.62, 99.71, 99.48, 99.85, 99.91, 99.2, 99.55, 99.66, 99.78, 98.9, 99.6, 99.74],
    'p1-resolution': [96.2, 94.1, 97.5, 95.0, 98.3, 92.4, 96.8, 95.5, 89.5, 97.1, 96.4, 98.0],
    'mean-resolution': [7.4, 8.6, 7.9, 6.8, 7.2, 9.5, 7.7, 8.0, 12.6, 7.1, 6.3, 7.5],
    csat: [4.3, 4.1, 4.4, 4.2, 4.5, 3.7, 4.3, 4.25, 3.9, 4.4, 4.6, 4.35],
    backlog: [142, 155, 138, 160, 149, 205, 131, 128, 176, 140, 133, 126],
  };
}

/** Writes the Contract, Performance and Summary sheets of the sample and shows the Summary. */
export async function insertSampleModel(host: WorkbookHost): Promise<OutcomeModel> {
  const contract = sampleContract();
  await writeContractSheet(host, contract);
  await writePerformanceSheet(host, contract, samplePerformance());
  await writeSummarySheet(host, contract);
  await host.activateSheet(SUMMARY_SHEET);
  return { contract };
}
