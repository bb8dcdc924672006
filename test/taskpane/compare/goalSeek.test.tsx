/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { MISSED, THEIR_COUNTER } from '../support/negotiationFixtures';
import { openTab, renderApp, retype, type User } from '../support/renderApp';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';

jest.setTimeout(60_000);

/**
 * The small contract (charges 100,000, availability allocation 25%) and their counter (15% at
 * risk) under a constant availability of 99.2: band from 99, rate −50%, every month. So over 36
 * months the expected net is −36 × 50% × 25% × at-risk share × 100,000 = −450,000 × at-risk share,
 * and with 12% at risk −36 × rate × 25% × 12,000 = 108,000 × the band's rate.
 */
const MODEL: OutcomeModel = {
  contract: smallContract(),
  proposals: [THEIR_COUNTER],
  scenarios: [MISSED],
};

const box = (name: string) => screen.getByRole('textbox', { name });

async function seek(user: User, choices: { in?: string; term: string; target: string }) {
  await openTab(user, 'Compare');
  // A constant scenario needs one trial per simulation; few keep the test quick either way.
  await retype(user, box('Trials'), '50');
  if (choices.in)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal seek in' }), choices.in);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Term to change' }), choices.term);
  await retype(user, box('Target'), choices.target);
  await user.click(screen.getByRole('button', { name: 'Run goal seek' }));
  return screen.findByRole('status', { name: 'Goal seek result' }, { timeout: 30_000 });
}

const lines = (result: HTMLElement) =>
  Array.from(result.querySelectorAll('span')).map((s) => s.textContent);

it('finds the at-risk % of a proposal for a target net, and puts it into the proposal', async () => {
  const ops = await WorkbookUnderTest.holding(MODEL);
  const { user } = await renderApp(ops);
  // −450,000 × a = −45,000 at a = 10% (their counter has 15% now).
  await seek(user, { in: 'Their counter', term: 'At-risk %', target: '-45000' });
  // A look at the proposals keeps the result and the choices.
  await openTab(user, 'Proposals');
  await openTab(user, 'Compare');
  expect(screen.getByRole('combobox', { name: 'Term to change' })).toHaveDisplayValue('At-risk %');
  const result = screen.getByRole('status', { name: 'Goal seek result' });
  expect(lines(result)).toEqual([
    'At-risk %: 10%',
    "Expected net there: -45,000 EUR ± 0 EUR (95%, from the trials' randomness).",
    'The value is exact: the figure meets the target there.',
  ]);
  await user.click(within(result).getByRole('button', { name: 'Use this value in Their counter' }));
  expect(within(result).getByText('Their counter now has At-risk %: 10%.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  const stored = await ops.stored();
  expect(stored?.proposals?.[0].contract.atRiskShare).toBe(0.1);
  // The contract itself is untouched.
  expect(stored?.contract.atRiskShare).toBe(0.12);
});

it('finds a band rate of the contract in German numbers, and puts it into the contract', async () => {
  const ops = await WorkbookUnderTest.holding(MODEL);
  const { user } = await renderApp(ops, 'light', undefined, 'de-DE');
  // 108,000 × rate = −27,000 at a rate of −25% (−50% now).
  const result = await seek(user, {
    term: 'Availability band ≥ 99 %: rate',
    target: '-27000',
  });
  expect(lines(result).slice(0, 2)).toEqual([
    'Availability band ≥ 99 %: rate: -25 %',
    "Expected net there: -27.000 EUR ± 0 EUR (95 %, from the trials' randomness).",
  ]);
  await user.click(
    within(result).getByRole('button', { name: 'Use this value in Service desk 2025' }),
  );
  await user.click(screen.getByRole('button', { name: 'Write to workbook' }));
  await screen.findByText(/Written to the workbook/);
  const stored = await ops.stored();
  expect(stored?.contract.serviceLevels[0].bands.rows[1]).toEqual({ bound: 99, rate: -0.25 });
  expect(stored?.proposals?.[0].contract.serviceLevels[0].bands.rows[1].rate).toBe(-0.5);
});

it('says what the figure is at the ends of the range when the target is out of reach, in German numbers', async () => {
  const { user } = await renderApp(
    await WorkbookUnderTest.holding(MODEL),
    'light',
    undefined,
    'de-DE',
  );
  await openTab(user, 'Compare');
  await retype(user, box('Trials'), '50');
  await retype(user, box('Target'), '1000');
  await user.click(screen.getByRole('button', { name: 'Run goal seek' }));
  expect(
    await screen.findByText(
      'The expected net does not reach 1.000 EUR for At-risk % between 0% and 100%: it is 0 EUR at 0% and -450.000 EUR at 100%, both below the target.',
      undefined,
      { timeout: 30_000 },
    ),
  ).toBeInTheDocument();
});
