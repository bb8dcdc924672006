/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { newContract } from '../../../src/taskpane/editor/newContract';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype } from '../support/renderApp';

jest.setTimeout(30_000);

const writeButton = () => screen.getByRole('button', { name: 'Write to workbook' });

describe('starting the pane', () => {
  it('starts a new contract when the workbook holds no model', async () => {
    await renderApp(new WorkbookUnderTest());
    expect(screen.getByLabelText('Contract name')).toHaveValue('New contract');
    expect(screen.getByLabelText('Monthly charges')).toHaveValue('100000');
    expect(writeButton()).not.toHaveAttribute('aria-disabled');
  });

  it('shows a stored model and says which levels’ bands were read from the grid', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    await ops.editBandsInGrid('Availability', [
      { bound: 0, rate: -1 },
      { bound: 99.2, rate: 0 },
    ]);
    const { user } = await renderApp(ops);
    expect(screen.getByLabelText('Contract name')).toHaveValue('Service desk 2025');
    expect(
      screen.getByText(
        'Bands of Availability were read from the grid, where they had been edited.',
      ),
    ).toBeInTheDocument();
    await openTab(user, 'Bands');
    expect(screen.getByLabelText('Lower bound of band 2')).toHaveValue('99.2');
  });

  it('keeps Write disabled when reading the workbook fails, until a retry succeeds', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    ops.failNext.loadModel = 'Excel is busy';
    const load = jest.spyOn(ops, 'loadModel');
    const { user } = await renderApp(ops);
    expect(screen.getByText('Could not read the workbook: Excel is busy')).toBeInTheDocument();
    expect(writeButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(writeButton());
    expect(ops.saveCalls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Read the workbook again' }));
    expect(await screen.findByLabelText('Contract name')).toHaveValue('Service desk 2025');
    expect(load).toHaveBeenCalledTimes(2);
    expect(writeButton()).not.toHaveAttribute('aria-disabled');
  });

  it('follows the Office theme', async () => {
    const { unmount } = await renderApp(new WorkbookUnderTest(), 'dark');
    // Fluent inserts the theme's CSS variables as rules of a style sheet.
    const styles = () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
    expect(styles()).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`,
    );
    unmount();
    await renderApp(new WorkbookUnderTest(), 'light');
    expect(styles()).toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`,
    );
  });
});

describe('writing to the workbook', () => {
  it('saves the edited model against the loaded one and reports the changes logged', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    const loaded = await ops.stored();
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Allocation'), '30');
    await user.click(writeButton());
    expect(
      await screen.findByText('Written to the workbook: 1 change logged in the change log.'),
    ).toBeInTheDocument();
    expect(ops.saveCalls).toHaveLength(1);
    expect(ops.saveCalls[0].previous).toEqual(loaded);
    expect(ops.saveCalls[0].model.contract.serviceLevels[0].allocation).toBe(0.3);
    expect((await ops.changeLogRows()).at(-1)?.slice(1)).toEqual([
      'Availability',
      'Allocation',
      '25%',
      '30%',
    ]);
  });

  it('compares the next write with what was just written', async () => {
    const ops = new WorkbookUnderTest();
    const { user } = await renderApp(ops);
    await user.click(writeButton());
    // A new contract is logged as one change: "created with 0 service levels".
    expect(
      await screen.findByText('Written to the workbook: 1 change logged in the change log.'),
    ).toBeInTheDocument();
    await retype(user, screen.getByLabelText('Contract name'), 'Deal');
    await user.click(writeButton());
    expect(
      await screen.findByText('Written to the workbook: 1 change logged in the change log.'),
    ).toBeInTheDocument();
    expect(ops.saveCalls[0].previous).toBeNull();
    expect(ops.saveCalls[1].previous).toBe(ops.saveCalls[0].model);
  });

  it('shows a failed write as a message', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    ops.failNext.saveModel = 'The workbook is read-only';
    const { user } = await renderApp(ops);
    await user.click(writeButton());
    expect(
      await screen.findByText('Could not write to the workbook: The workbook is read-only'),
    ).toBeInTheDocument();
  });
});

describe('bands edited in the grid since the pane read them', () => {
  async function conflictAfterEditingInPane() {
    const ops = await WorkbookUnderTest.withModel(
      smallContract({
        serviceLevels: [
          serviceLevel({ id: 'a', name: 'Availability' }),
          serviceLevel({ id: 'r', name: 'Resolution' }),
        ],
      }),
    );
    const view = await renderApp(ops);
    await retype(view.user, screen.getByLabelText('Contract name'), 'Deal');
    await openTab(view.user, 'Bands');
    await retype(view.user, screen.getByLabelText('Rate of band 4'), '20');
    await ops.editBandsInGrid('Availability', [
      { bound: 0, rate: -1 },
      { bound: 98.5, rate: 0 },
    ]);
    await view.user.click(writeButton());
    await screen.findByText('Nothing was written.');
    return { ops, ...view };
  }

  it('names the levels edited in the grid and writes nothing until the user chooses', async () => {
    const { ops } = await conflictAfterEditingInPane();
    expect(
      screen.getByText(
        /The bands of Availability were edited in the grid since the pane read them/,
      ),
    ).toBeInTheDocument();
    expect((await ops.stored())?.contract.serviceLevels[0].bands.rows[3]).toEqual({
      bound: 99.9,
      rate: 0.1,
    });
    expect(writeButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('"Use the grid\'s bands" takes the grid\'s bands and keeps the other edits', async () => {
    const { user, ops } = await conflictAfterEditingInPane();
    await user.click(screen.getByRole('button', { name: "Use the grid's bands" }));
    expect(
      await screen.findByText(
        'Bands of Availability were read from the grid, where they had been edited.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Nothing was written.')).not.toBeInTheDocument();
    await openTab(user, 'Bands');
    expect(screen.getByLabelText('Lower bound of band 2')).toHaveValue('98.5');
    expect(screen.queryByLabelText('Rate of band 4')).not.toBeInTheDocument();
    await user.click(writeButton());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls).toHaveLength(2);
    expect((await ops.stored())?.contract.name).toBe('Deal');
    expect((await ops.stored())?.contract.serviceLevels[0].bands.rows).toEqual([
      { bound: 0, rate: -1 },
      { bound: 98.5, rate: 0 },
    ]);
  });

  it('"Overwrite the grid" writes the pane\'s bands over the grid\'s', async () => {
    const { user, ops } = await conflictAfterEditingInPane();
    const read = await ops.storedRevision();
    await user.click(screen.getByRole('button', { name: 'Overwrite the grid' }));
    await screen.findByText(/Written to the workbook/);
    // The stored model the pane read is still the one it expects to replace.
    expect(ops.saveCalls[1].options).toEqual({ overwriteGridEdits: true, expectedRevision: read });
    expect((await ops.stored())?.contract.serviceLevels[0].bands.rows[3]).toEqual({
      bound: 99.9,
      rate: 0.2,
    });
  });
});

describe('an unreadable stored model', () => {
  async function invalidWorkbook() {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    // Written by a later version of the add-in.
    await ops.storeUnreadableModel(
      '{"format":"outcome-modeler","version":7,"savedAt":"2030-01-01T00:00:00Z","model":{}}',
    );
    return ops;
  }

  it('is shown with its reason, and Write stays disabled', async () => {
    const ops = await invalidWorkbook();
    const { user } = await renderApp(ops);
    expect(
      screen.getByText(
        'The stored model was written by a newer Outcome Modeler (format version 7; this one reads up to 1). Update the add-in to open it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Contract' })).not.toBeInTheDocument();
    expect(writeButton()).toHaveAttribute('aria-disabled', 'true');
    expect(writeButton()).toHaveAccessibleDescription(expect.stringContaining('Start fresh'));
    await user.click(writeButton());
    expect(ops.saveCalls).toHaveLength(0);
  });

  it('stays untouched when the user cancels starting fresh, by keyboard', async () => {
    const ops = await invalidWorkbook();
    const { user } = await renderApp(ops);
    screen.getByRole('button', { name: 'Start fresh' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Start a new contract?' });
    expect(within(dialog).getByRole('button', { name: 'Start a new contract' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Keep the stored model' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // Focus returns to the button that opened the dialog.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start fresh' })).toHaveFocus());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(writeButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(writeButton());
    expect(ops.saveCalls).toHaveLength(0);
  });

  it('is replaced only after the user confirms starting fresh and writes', async () => {
    const ops = await invalidWorkbook();
    const unreadable = await ops.storedRevision();
    const { user } = await renderApp(ops);
    await user.click(screen.getByRole('button', { name: 'Start fresh' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Start a new contract?' });
    expect(within(dialog).getByRole('button', { name: 'Start a new contract' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Start a new contract' }));
    expect(await screen.findByLabelText('Contract name')).toHaveValue('New contract');
    // The message that held focus is gone: keyboard users land on the new editor's tabs.
    expect(screen.getByRole('tab', { name: 'Contract' })).toHaveFocus();
    expect(ops.saveCalls).toHaveLength(0);
    expect(writeButton()).not.toHaveAttribute('aria-disabled');
    await user.click(writeButton());
    await screen.findByText(/Written to the workbook/);
    expect(ops.saveCalls[0]).toEqual({
      model: { contract: newContract() },
      previous: null,
      options: { expectedRevision: unreadable },
    });
  });
});

describe('the sample model', () => {
  it('is inserted into an empty workbook and shown', async () => {
    const ops = new WorkbookUnderTest();
    const { user } = await renderApp(ops);
    await user.click(screen.getByRole('button', { name: 'Insert sample model' }));
    expect(
      await screen.findByText(
        'Sample model inserted: see the Contract, Performance and Summary sheets.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Contract name')).toHaveValue(
      'Managed infrastructure and service desk',
    );
    expect(screen.getByRole('button', { name: 'Insert sample model' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('is not offered when the workbook has content, and says why', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const insert = jest.spyOn(ops, 'insertSampleModel');
    const { user } = await renderApp(ops);
    const button = screen.getByRole('button', { name: 'Insert sample model' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      'The sample model needs an empty workbook, and this workbook already has content.',
    );
    await user.click(button);
    expect(insert).not.toHaveBeenCalled();
  });

  it('checks again on click, in case the workbook filled up meanwhile', async () => {
    const ops = new WorkbookUnderTest();
    const insert = jest.spyOn(ops, 'insertSampleModel');
    const { user } = await renderApp(ops);
    await ops.typeInCell('Sheet1', 'A1', 'notes');
    await user.click(screen.getByRole('button', { name: 'Insert sample model' }));
    expect(await screen.findByRole('button', { name: 'Insert sample model' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(insert).not.toHaveBeenCalled();
  });
});

describe('unsaved changes', () => {
  it('says when the pane holds edits the workbook does not, until they are written', async () => {
    const ops = await WorkbookUnderTest.withModel(smallContract());
    const { user } = await renderApp(ops);
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
    await openTab(user, 'Service levels');
    await retype(user, screen.getByLabelText('Allocation'), '30');
    expect(screen.getByText('Unsaved changes: Write to workbook keeps them.')).toBeInTheDocument();
    await retype(user, screen.getByLabelText('Allocation'), '25');
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
    await retype(user, screen.getByLabelText('Allocation'), '35');
    await user.click(writeButton());
    await screen.findByText(/Written to the workbook/);
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
  });

  it('says a new contract is not in the workbook yet', async () => {
    await renderApp(new WorkbookUnderTest());
    expect(
      screen.getByText('Not in the workbook yet: Write to workbook keeps it.'),
    ).toBeInTheDocument();
  });
});
