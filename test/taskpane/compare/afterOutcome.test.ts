import { conventionFor } from '../../../src/engine/rules/numberText';
import { afterOutcome } from '../../../src/taskpane/compare/useSimulation';
import { type ScenarioRunResults } from '../../../src/runs/scenarioResults';
import { type AnalysesSoFar } from '../../../src/runs/partialResults';

const previous = { seed: 1 } as ScenarioRunResults;
const fresh = { seed: 2 } as ScenarioRunResults;

describe('what the pane shows after a run', () => {
  it('shows a completed run’s results and no message', () => {
    expect(afterOutcome({ kind: 'completed', results: fresh }, previous)).toMatchObject({
      status: 'completed',
      results: fresh,
      message: null,
    });
  });

  it('keeps the previous results when a run is cancelled before the comparison finished', () => {
    expect(
      afterOutcome(
        { kind: 'cancelled', completedTrials: 21_504, requestedTrials: 2_000_000, results: null },
        previous,
      ),
    ).toMatchObject({
      status: 'cancelled',
      results: previous,
      message:
        'Cancelled after 21,504 of 2,000,000 trials. The results below are from the previous run.',
    });
    expect(
      afterOutcome(
        { kind: 'cancelled', completedTrials: 0, requestedTrials: 10_000, results: null },
        null,
      ).message,
    ).toBe('Cancelled after 0 of 10,000 trials.');
    expect(
      afterOutcome(
        { kind: 'cancelled', completedTrials: 21_504, requestedTrials: 2_000_000, results: null },
        null,
        conventionFor('de-DE'),
      ).message,
    ).toBe('Cancelled after 21.504 of 2.000.000 trials.');
  });

  it('shows the finished comparison when only the analyses were cancelled', () => {
    expect(
      afterOutcome(
        { kind: 'cancelled', completedTrials: 20_000, requestedTrials: 20_000, results: fresh },
        previous,
      ),
    ).toMatchObject({
      status: 'cancelled',
      results: fresh,
      message:
        'Cancelled during the analyses: the comparison below is complete; the sensitivity, break-even and fee were not computed.',
    });
  });

  it('keeps the analyses that finished before a cancel and names the ones that did not', () => {
    const soFar: AnalysesSoFar = {
      proposal: { id: 'offer', name: 'Our offer' },
      scenario: { id: 'base', name: 'Base' },
      sensitivity: { ok: true, value: { proposalId: 'offer', baseNet: 0, bars: [], omitted: [] } },
      breakEvenServiceLevel: { id: 'sl', name: 'Availability', unit: '%' },
      breakEven: null,
      monthlyCost: 1,
      targetMargin: 0.1,
      fees: [0.5, 0.8, 0.9].map((confidence) => ({ confidence, fee: null })),
    };
    const cancelled = { kind: 'cancelled', completedTrials: 10, requestedTrials: 10 } as const;
    expect(
      afterOutcome({ ...cancelled, results: fresh }, previous, undefined, soFar),
    ).toMatchObject({
      status: 'cancelled',
      results: fresh,
      analysesSoFar: soFar,
      message:
        'Cancelled during the analyses: the comparison below is complete, and so is the sensitivity; the break-even and the risk-priced fee were not computed.',
    });
  });

  it('says why a run failed and keeps the previous results', () => {
    expect(
      afterOutcome({ kind: 'failed', message: 'Stressed: bad bounds' }, previous),
    ).toMatchObject({
      status: 'failed',
      results: previous,
      message:
        'The simulation failed: Stressed: bad bounds The results below are from the previous run.',
    });
  });
});
