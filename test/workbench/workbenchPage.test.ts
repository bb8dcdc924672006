/** @jest-environment jsdom */
import '../taskpane/support/jsdomLayout';
import { createElement } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { inProcessSimulationRunner } from '../../src/runs/inProcessSimulationRunner';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { Workbench } from '../../src/workbench/Workbench';
import { openWorkbenchSession } from '../../src/workbench/workbenchSession';
import { WorkbookViewBoundary } from '../../src/workbench/WorkbookViewBoundary';
import { DAMAGED_STORAGE_KEY, WORKBENCH_STORAGE_KEY } from '../../src/workbench/workbenchStorage';

/**
 * The workbench page as startWorkbench composes it (the session, then the Workbench), in jsdom
 * with jsdom's own localStorage and its 5,000,000-character quota: what a person sees when the
 * saved workbook is damaged, when the browser is full, and when a sheet reaches XFD1048576.
 */
jest.setTimeout(60_000);

function renderPage() {
  let restarts = 0;
  const session = openWorkbenchSession(window.localStorage, () => restarts++);
  const user = userEvent.setup();
  render(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(Workbench, {
        host: session.host,
        evaluator: session.evaluator,
        operations: createWorkbookOperations(session.host),
        runner: inProcessSimulationRunner(),
        theme: 'light',
        locale: 'en-US',
        paneWidth: 350,
        openProblem: session.openProblem,
        saveStatus: session.saveStatus,
        onReset: () => session.reset(),
      }),
    ),
  );
  return { session, user, restarts: () => restarts };
}

beforeEach(() => window.localStorage.clear());

type SavedState = { sheets: { name: string; cells: unknown[] }[] };
const savedState = () =>
  JSON.parse(window.localStorage.getItem(WORKBENCH_STORAGE_KEY) ?? '{"sheets":[]}') as SavedState;
const savedSheets = () => savedState().sheets.map((s) => s.name);
const savedCells = (sheet: string) =>
  savedState().sheets.find((s) => s.name === sheet)?.cells.length;

it.each([
  ['damaged JSON', '{"format":"outcome-modeler-memory-wo', 'it is not readable JSON'],
  [
    'JSON that fails the schema',
    '{"format":"outcome-modeler-memory-workbook","version":1,"sheets":[]}',
    'tables: Invalid input: expected array, received undefined',
  ],
])(
  'starts with %s saved: the page shows why, and Reset workbook deletes the save',
  async (_name, saved, why) => {
    window.localStorage.setItem(WORKBENCH_STORAGE_KEY, saved);
    const { user, restarts } = renderPage();
    const notice = await screen.findByRole('group', { name: 'The saved workbook was not opened' });
    expect(notice).toHaveTextContent(`The saved workbook is damaged: ${why}.`);
    expect(screen.getByRole('tab', { name: 'Sheet1' })).toBeInTheDocument();
    expect(window.localStorage.getItem(DAMAGED_STORAGE_KEY)).toBe(saved);

    await user.click(screen.getByRole('button', { name: 'Reset workbook' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete and start over' }));
    expect(restarts()).toBe(1);
    expect(window.localStorage.getItem(WORKBENCH_STORAGE_KEY)).toBeNull();
    expect(window.localStorage.getItem(DAMAGED_STORAGE_KEY)).toBeNull();
  },
);

it('says so when a change does not fit in the browser, and keeps the save before it', async () => {
  const { session } = renderPage();
  await act(() => session.host.ensureSheet('Data'));
  const before = window.localStorage.getItem(WORKBENCH_STORAGE_KEY);
  expect(savedSheets()).toEqual(['Sheet1', 'Data']);
  // Over jsdom's quota of 5,000,000 characters (200 cells of 30,000, under Excel's 32,767 a
  // cell): setItem throws QuotaExceededError.
  const column = Array.from({ length: 200 }, () => ['x'.repeat(30_000)]);
  await act(() => session.host.writeRange('Data', 'A1', column));
  const notice = await screen.findByRole('group', { name: 'Not kept in this browser' });
  expect(notice).toHaveTextContent(
    'The last change could not be kept in this browser (its storage for this page is full).',
  );
  expect(window.localStorage.getItem(WORKBENCH_STORAGE_KEY)).toBe(before);
  // The change is still on the screen; a change that fits clears the notice.
  await act(() =>
    session.host.writeRange(
      'Data',
      'A1',
      column.map(() => ['small']),
    ),
  );
  await waitFor(() =>
    expect(screen.queryByRole('group', { name: 'Not kept in this browser' })).toBeNull(),
  );
  expect(savedCells('Data')).toBe(200);
});

it('draws a sheet with a cell at XFD1048576 and whole-sheet formulas', async () => {
  const { session, user } = renderPage();
  await act(async () => {
    await session.host.ensureSheet('Far');
    await session.host.writeRange('Far', 'A1', [
      [1, '=SUM(A:A)'],
      [2, '=SUM(A1:XFD1048576)'],
    ]);
    await session.host.writeRange('Far', 'XFD1048576', [[5]]);
  });
  await user.click(screen.getByRole('tab', { name: 'Far' }));
  const grid = await screen.findByRole('table', { name: 'Sheet Far' });
  // Rows 1–10, one line for the empty ones, row 1,048,576; and the header row.
  expect(within(grid).getAllByRole('row')).toHaveLength(13);
  expect(within(grid).getByText('Rows 11–1,048,575 are empty')).toBeInTheDocument();
  expect(screen.queryByRole('note')).toBeNull();
  const cell = (address: string) => grid.querySelector(`td[data-address="${address}"]`);
  expect(cell('XFD1048576')).toHaveTextContent('5');
  expect(cell('B1')).toHaveTextContent('3');
  expect(cell('B2')).toHaveTextContent('#NUM!');
  expect(cell('B2')).toHaveAttribute(
    'title',
    'A1:XFD1048576 holds values across 1,048,576 rows × 16,384 columns; the workbench evaluates ranges of up to 200,000 cells (from the first cell to the last one holding something).',
  );
});

it('a workbook view that fails to draw leaves the page and Reset workbook usable', () => {
  const Failing = () => {
    throw new Error('Cannot draw sheet X');
  };
  const silenced = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const view = (version: number, child: ReturnType<typeof createElement>) =>
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(WorkbookViewBoundary, { version, children: child }),
    );
  const { rerender } = render(view(1, createElement(Failing)));
  expect(screen.getByRole('group', { name: 'The workbook cannot be shown' })).toHaveTextContent(
    'Cannot draw sheet X. Reset workbook starts over with an empty one.',
  );
  // The next change to the workbook tries again.
  rerender(view(2, createElement('p', null, 'Drawn')));
  expect(screen.getByText('Drawn')).toBeInTheDocument();
  silenced.mockRestore();
});
