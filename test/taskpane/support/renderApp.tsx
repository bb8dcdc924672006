import './jsdomLayout';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { type WorkbookOperations } from '../../../src/workbook/workbookOperations';
import { inProcessSimulationRunner } from '../../../src/runs/inProcessSimulationRunner';
import { type SimulationRunner } from '../../../src/runs/simulationRunner';

export type User = ReturnType<typeof userEvent.setup>;

/** Renders the pane as Excel would and waits until it has read the workbook. */
export async function renderApp(
  operations: WorkbookOperations,
  theme: 'light' | 'dark' = 'light',
  runner: SimulationRunner = inProcessSimulationRunner(),
  locale?: string,
) {
  const user = userEvent.setup();
  const view = render(
    <App operations={operations} runner={runner} theme={theme} locale={locale} />,
  );
  await waitFor(() => expect(screen.queryAllByText('Reading the workbook…')).toHaveLength(0));
  return { user, ...view };
}

export async function openTab(
  user: User,
  name:
    | 'Contract'
    | 'Service levels'
    | 'Bands'
    | 'Money'
    | 'Scenarios'
    | 'Proposals'
    | 'Compare'
    | 'Review'
    | 'Share',
) {
  await user.click(screen.getByRole('tab', { name }));
  // The negotiation, review and share sections download their code when first needed.
  await waitFor(() => expect(screen.queryByText('Loading the section…')).toBeNull());
}

/** Replaces the whole text of an input, as a user selecting it and typing would. */
export async function retype(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== '') await user.type(input, text);
}
