import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createWorkbookOperations } from '../workbook/createWorkbookOperations';
import { browserDownload } from '../workbook/share/fileDelivery';
import { readOfficeTheme } from '../workbook/officeTheme';
import { installCustomFunctionsShim } from '../functions/customFunctionsShim';
import { browserStorage } from './workbenchStorage';
import { openWorkbenchSession } from './workbenchSession';
import { Workbench } from './Workbench';
import { workerSimulationRunner } from '../runs/workerSimulationRunner';
import { paneWidthFromQuery } from './paneWidth';

/**
 * Outside Excel: the same pane against an in-memory workbook whose formulas are evaluated here.
 * Whatever the browser's storage holds or refuses, the page starts: a saved workbook that cannot
 * be opened is replaced by a new one and the page says why.
 */
export function startWorkbench(container: HTMLElement): void {
  installCustomFunctionsShim();
  const session = openWorkbenchSession(
    browserStorage(window),
    () => window.location.reload(),
    (listener) => window.addEventListener('storage', (e) => listener(e.key, e.newValue)),
  );
  const theme = readOfficeTheme();
  createRoot(container).render(
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <Workbench
        host={session.host}
        evaluator={session.evaluator}
        operations={createWorkbookOperations(session.host, undefined, {
          deliverFile: browserDownload,
        })}
        runner={workerSimulationRunner()}
        theme={theme}
        locale={navigator.language}
        paneWidth={paneWidthFromQuery(window.location.search)}
        openProblem={session.openProblem}
        saveStatus={session.saveStatus}
        onReset={() => session.reset()}
      />
    </FluentProvider>,
  );
}
