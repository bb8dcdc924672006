/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { createMessageRunner, type WorkerPort } from '../../../src/runs/messageRunner';
import { inProcessPort } from '../../../src/runs/inProcessSimulationRunner';
import { yieldToEvents } from '../../../src/runs/simulationMessages';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { normalScenario, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(90_000);

/**
 * The comparison shows as soon as it is complete, while the analyses are still running; each
 * analysis fills its place when it finishes. The runner is the real in-process one, whose worker
 * holds still after the comparison until the test lets it go on, as a slow analysis would.
 */

const SCENARIO = normalScenario({ sd: 0.1 });
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [SCENARIO],
};

/** The in-process worker, paused after it has posted the comparison until `release` is called. */
function heldAfterComparison() {
  let comparisonPosted = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const port = (): WorkerPort => {
    const inner = inProcessPort({ pause: () => (comparisonPosted ? held : yieldToEvents()) });
    const outer: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: (message) => inner.postMessage(message),
      terminate: () => inner.terminate(),
    };
    inner.onmessage = (event) => {
      if (event.data.type === 'comparison') comparisonPosted = true;
      outer.onmessage?.(event);
    };
    return outer;
  };
  return { runner: createMessageRunner(port), release: () => release() };
}

test('the grid shows while the analyses run, and each analysis fills in when it finishes', async () => {
  const { runner, release } = heldAfterComparison();
  const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL), 'light', runner);
  await openTab(user, 'Compare');
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '300');
  await user.click(screen.getByRole('button', { name: 'Run' }));

  const grid = await screen.findByRole('table', { name: 'Proposals × scenarios' });
  expect(within(grid).getByRole('rowheader', { name: 'Their counter' })).toBeInTheDocument();
  const analysis = screen.getByRole('region', { name: 'Analysis' });
  expect(analysis).toHaveAttribute('aria-busy', 'true');
  expect(within(analysis).getByText('Working on the sensitivity…')).toBeInTheDocument();
  expect(within(analysis).getByText('Break-even: Working on the break-even…')).toBeInTheDocument();
  expect(within(analysis).getByText('Working on the risk-priced fee…')).toBeInTheDocument();
  // Still running: the results cannot be written yet, and Cancel is there.
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Write results to workbook' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  release();
  await waitFor(
    () => expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument(),
    { timeout: 60_000 },
  );
  const done = screen.getByRole('region', { name: 'Analysis' });
  expect(done).toHaveAttribute('aria-busy', 'false');
  expect(within(done).queryByText(/^Working on/)).not.toBeInTheDocument();
  expect(within(done).getByText(/^Base expected net/)).toBeInTheDocument();
  expect(within(done).getByRole('table', { name: /^Risk-priced fee/ })).toBeInTheDocument();
});

test('a cancel during the analyses keeps the comparison and says what was not computed', async () => {
  const { runner } = heldAfterComparison();
  const { user } = await renderApp(await WorkbookUnderTest.holding(MODEL), 'light', runner);
  await openTab(user, 'Compare');
  await retype(user, screen.getByRole('textbox', { name: 'Trials' }), '300');
  await user.click(screen.getByRole('button', { name: 'Run' }));
  await screen.findByRole('table', { name: 'Proposals × scenarios' });
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(
    await screen.findByText(
      'Cancelled during the analyses: the comparison below is complete; the sensitivity, break-even and fee were not computed.',
      undefined,
      { timeout: 5_000 },
    ),
  ).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Proposals × scenarios' })).toBeInTheDocument();
  expect(
    screen.getByText('The sensitivity was not computed: the run was cancelled.'),
  ).toBeInTheDocument();
});
