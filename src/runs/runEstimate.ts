import { analysisWork } from './runAnalysis';
import { type SimulationRequest } from './simulationRequest';

/**
 * How long a run will take, said before it starts: the largest run the limits allow (200 service
 * levels × 120 months × 1,000,000 trials) takes days, and nobody should find that out by waiting.
 * Work is counted in service-level months simulated, which is what the engine's time follows.
 */

/**
 * Service-level months per second one core simulates. `npm run bench` measures about 31 million
 * on the reference contract single-threaded (20 levels × 36 months × 100,000 trials in 2.3 s);
 * the pane's worker in a browser on a laptop is slower, so the estimate assumes half of that.
 */
export const WORK_PER_SECOND = 15_000_000;

const cellsOf = (p: SimulationRequest['proposals'][number]) =>
  Math.max(1, p.contract.serviceLevels.length) * Math.max(1, p.contract.termMonths);

/** Service-level months a run simulates: the comparison, then the analyses of one proposal. */
export function runWork(request: SimulationRequest): number {
  const perTrial = request.proposals.reduce((sum, p) => sum + cellsOf(p), 0);
  const comparison = perTrial * request.trials * request.scenarios.length;
  if (request.analysis === null) return comparison;
  const analysed = request.proposals.find((p) => p.id === request.analysis?.proposalId);
  return comparison + analysisWork(request, request.analysis) * (analysed ? cellsOf(analysed) : 0);
}

export const estimatedSeconds = (request: SimulationRequest) => runWork(request) / WORK_PER_SECOND;

/** Runs longer than this ask before they start. */
export const CONFIRM_ABOVE_SECONDS = 60;

/** "under a second", "about 4 s", "about 3 min", "about 2 h 10 min", "about 4 days". */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 1) return 'under a second';
  if (seconds < 60) return `about ${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `about ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `about ${Math.round(hours / 24)} days`;
}
