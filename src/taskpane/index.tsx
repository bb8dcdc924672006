import { createRoot } from 'react-dom/client';
import { createWorkbookOperations } from '../workbook/createWorkbookOperations';
import { readOfficeTheme } from '../workbook/officeTheme';
import { OfficeWorkbookHost } from '../workbook/officeWorkbookHost';
import { App } from './App';
import { workerSimulationRunner } from './simulation/workerSimulationRunner';

// The composition root: the only taskpane file that knows about Office.js.
Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  if (info.host === null) {
    // Outside Office the page is the browser workbench; loaded on demand so Excel never downloads it.
    import('../workbench/startWorkbench')
      .then(({ startWorkbench }) => startWorkbench(container))
      .catch((error: unknown) => {
        container.textContent = `The workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
      });
    return;
  }
  const operations = createWorkbookOperations(new OfficeWorkbookHost());
  createRoot(container).render(<App operations={operations} runner={workerSimulationRunner()} theme={readOfficeTheme()} />);
});
