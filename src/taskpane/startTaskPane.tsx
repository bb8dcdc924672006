import { createRoot } from 'react-dom/client';
import { createWorkbookOperations } from '../workbook/createWorkbookOperations';
import { readOfficeLocale } from '../workbook/officeLocale';
import { readOfficeTheme } from '../workbook/officeTheme';
import { OfficeWorkbookHost } from '../workbook/officeWorkbookHost';
import { officeFileDelivery } from '../workbook/share/fileDelivery';
import { App } from './App';
import { workerSimulationRunner } from '../runs/workerSimulationRunner';

/** Inside Excel: the pane's UI over the workbook, loaded only when the pane is first shown. */
export function startTaskPane(container: HTMLElement): void {
  const operations = createWorkbookOperations(new OfficeWorkbookHost(), undefined, {
    deliverFile: officeFileDelivery,
  });
  createRoot(container).render(
    <App
      operations={operations}
      runner={workerSimulationRunner()}
      theme={readOfficeTheme()}
      locale={readOfficeLocale()}
    />,
  );
}
