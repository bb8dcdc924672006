/** @jest-environment jsdom */
import { whenPaneFirstShown } from '../../src/workbook/paneVisibility';

/**
 * In the shared runtime Excel loads the page hidden when a workbook uses an OUTCOME function; the
 * pane's UI (and its read of the workbook) must wait until a person opens the pane.
 */
type VisibilityHandler = (args: { visibilityMode: string }) => void;

function setPageVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

function fakeOfficeAddin(): { fire: VisibilityHandler } {
  let handler: VisibilityHandler = () => undefined;
  (globalThis as unknown as { Office: unknown }).Office = {
    VisibilityMode: { hidden: 'Hidden', taskpane: 'Taskpane' },
    addin: {
      onVisibilityModeChanged: (h: VisibilityHandler) => {
        handler = h;
        return Promise.resolve(() => Promise.resolve());
      },
    },
  };
  return { fire: (args) => handler(args) };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

it('shows the pane at once when it is already visible', () => {
  setPageVisibility('visible');
  const show = jest.fn();
  whenPaneFirstShown(show);
  expect(show).toHaveBeenCalledTimes(1);
});

it('waits while the runtime is hidden, then shows once when Excel reports the pane opened', () => {
  setPageVisibility('hidden');
  const office = fakeOfficeAddin();
  const show = jest.fn();
  whenPaneFirstShown(show);
  expect(show).not.toHaveBeenCalled();
  office.fire({ visibilityMode: 'Hidden' });
  expect(show).not.toHaveBeenCalled();
  office.fire({ visibilityMode: 'Taskpane' });
  office.fire({ visibilityMode: 'Taskpane' });
  setPageVisibility('visible');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(show).toHaveBeenCalledTimes(1);
});

it('also shows when the page itself becomes visible (hosts without the visibility event)', () => {
  setPageVisibility('hidden');
  const show = jest.fn();
  whenPaneFirstShown(show);
  setPageVisibility('visible');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(show).toHaveBeenCalledTimes(1);
});
