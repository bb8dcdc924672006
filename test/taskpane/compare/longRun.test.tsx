/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { type SimulationRunner } from '../../../src/runs/simulationRunner';
import { type SimulationRequest } from '../../../src/runs/simulationRequest';
import { inProcessSimulationRunner } from '../../../src/runs/inProcessSimulationRunner';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { EXCELLENT, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

/**
 * A run says how long it takes before it starts; one that takes minutes asks first. The model: one
 * critical level, 120 months, two proposals, one scenario, the analyses on. A trial of the
 * comparison is 2 × 120 service-level months; the analyses add, per trial of the run, 3 simulations
 * of one proposal for the sensitivity and 8 for the break-even at a fifth of the trials, and 4
 * for the fees at every trial: 6.2 × 120. At 15 million a second, 10,000 trials are 9.8 million
 * (under a second), 200,000 trials 197 million (about 13 s), 1,000,000 trials 984 million: 66 s.
 */
const MODEL: OutcomeModel = {
  contract: smallContract({ termMonths: 120 }),
  proposals: [
    { ...THEIR_COUNTER, contract: smallContract({ atRiskShare: 0.15, termMonths: 120 }) },
  ],
  scenarios: [EXCELLENT],
};

/** A runner that records what it was asked to run and runs it in process. */
function recordingRunner(): SimulationRunner & { asked: SimulationRequest[] } {
  const inner = inProcessSimulationRunner();
  const asked: SimulationRequest[] = [];
  return {
    asked,
    run: (request, onProgress) => (asked.push(request), inner.run(request, onProgress)),
  };
}

it('says how long a run takes, and asks before one that takes minutes', async () => {
  const runner = recordingRunner();
  const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL), 'light', runner);
  await openTab(user, 'Compare');
  const toolbar = screen.getByRole('toolbar', { name: 'Simulation' });
  expect(within(toolbar).getByText('Takes under a second')).toBeVisible();
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '200000');
  expect(within(toolbar).getByText('Takes about 13 s')).toBeVisible();

  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '1000000');
  expect(within(toolbar).getByText('Takes about 1 min')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Run' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'This run takes about 1 min' });
  await user.click(within(dialog).getByRole('button', { name: "Don't run" }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(runner.asked).toHaveLength(0);
  // Focus comes back to Run, not to the page body.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Run' })).toHaveFocus());

  await user.click(await screen.findByRole('button', { name: 'Run' }, { timeout: 5_000 }));
  await user.click(
    within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Run anyway' }),
  );
  expect(runner.asked.map((r) => r.trials)).toEqual([1_000_000]);
  await user.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText(/^Cancelled after/)).toBeVisible();
});
