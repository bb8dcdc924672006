import { whenPaneFirstShown } from '../workbook/paneVisibility';

/**
 * The page's second entry, after the functions bundle has registered the OUTCOME functions. It is
 * kept tiny: React, Fluent and the pane load on demand, and the pane reads the workbook only when
 * a person first opens it, so a workbook that only calculates never waits for them.
 */
function showFailure(container: HTMLElement, what: string, error: unknown): void {
  container.textContent = `${what} could not start: ${error instanceof Error ? error.message : String(error)}`;
}

Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  if (info.host === null) {
    // Outside Office the page is the browser workbench.
    import(/* webpackChunkName: "workbench" */ '../workbench/startWorkbench')
      .then(({ startWorkbench }) => startWorkbench(container))
      .catch((error: unknown) => showFailure(container, 'The workbench', error));
    return;
  }
  whenPaneFirstShown(() => {
    import(/* webpackChunkName: "pane" */ './startTaskPane')
      .then(({ startTaskPane }) => startTaskPane(container))
      .catch((error: unknown) => showFailure(container, 'Outcome Modeler', error));
  });
});
