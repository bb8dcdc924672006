/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(60_000);

const write = () => screen.getByRole('button', { name: 'Write to workbook' });

describe('the Proposals tab', () => {
  it('adds a proposal as a copy of the contract and changes only the copy', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await openTab(user, 'Proposals');
    expect(screen.getByText(/No proposals yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByRole('textbox', { name: 'Proposal name' }), 'Their counter');
    expect(screen.getByRole('textbox', { name: 'At-risk share of charges' })).toHaveValue('12');
    await retype(user, screen.getByRole('textbox', { name: 'At-risk share of charges' }), '15');
    // The hint follows the proposal's terms: 15% of 100,000.
    expect(screen.getByText(/At-risk amount: €15,000\.00 per month/)).toBeInTheDocument();
    await retype(user, screen.getByRole('textbox', { name: 'Allocation' }), '40');
    await retype(user, screen.getByRole('textbox', { name: 'Rate of band 4' }), '5');
    await user.click(write());
    await screen.findByText(/Written to the workbook/);
    const saved = ops.saveCalls[0].model;
    expect(saved.contract).toEqual(smallContract());
    expect(saved.proposals).toHaveLength(1);
    const counter = saved.proposals![0];
    expect(counter.name).toBe('Their counter');
    expect(counter.contract.atRiskShare).toBe(0.15);
    expect(counter.contract.serviceLevels[0].allocation).toBe(0.4);
    expect(counter.contract.serviceLevels[0].bands.rows[3]).toEqual({ bound: 99.9, rate: 0.05 });
    await openTab(user, 'Contract');
    expect(screen.getByRole('textbox', { name: 'At-risk share of charges' })).toHaveValue('12');
  });

  it('copies the contract as it stands when the proposal is added', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await retype(user, screen.getByRole('textbox', { name: 'Monthly charges' }), '120000');
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    expect(screen.getByRole('textbox', { name: 'Monthly charges' })).toHaveValue('120000');
  });

  it('checks a proposal’s terms with the contract’s rules', async () => {
    const { user } = await renderApp(await WorkbookUnderTest.withModel(smallContract()));
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByRole('textbox', { name: 'Monthly charges' }), '-5');
    const charges = screen.getByRole('textbox', { name: 'Monthly charges' });
    expect(charges).toHaveAccessibleDescription(expect.stringMatching(/charges/i));
    await openTab(user, 'Scenarios');
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    await openTab(user, 'Compare');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAccessibleDescription(
      expect.stringMatching(/^Fix Proposal 1 first: .*charges/i),
    );
  });

  it('keeps several proposals and deletes one', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    await openTab(user, 'Proposals');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByRole('textbox', { name: 'Proposal name' }), 'Our offer');
    await user.click(screen.getByRole('button', { name: 'Add proposal' }));
    await retype(user, screen.getByRole('textbox', { name: 'Proposal name' }), 'Their counter');
    const list = screen.getByRole('list', { name: 'Proposals' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Our offer', 'Their counter']);
    await user.click(within(list).getByRole('button', { name: 'Delete Our offer' }));
    expect(screen.getByRole('textbox', { name: 'Proposal name' })).toHaveValue('Their counter');
    await user.click(write());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0].model.proposals?.map((p) => p.name)).toEqual(['Their counter']);
  });
});
