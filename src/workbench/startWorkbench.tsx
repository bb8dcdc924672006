import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createWorkbookOperations } from '../workbook/createWorkbookOperations';
import { readOfficeTheme } from '../workbook/officeTheme';
import { FormulaEvaluator } from './formulaEvaluator';
import { installCustomFunctionsShim } from '../functions/customFunctionsShim';
import { displayText } from './cellDisplay';
import { loadWorkbenchHost, persistWorkbenchHost } from './workbenchStorage';
import { Workbench } from './Workbench';
import { type MemoryWorkbookHost } from '../workbook/memoryWorkbookHost';
import { parseCell } from '../workbook/cellAddress';
import { workerSimulationRunner } from '../runs/workerSimulationRunner';
import { paneWidthFromQuery } from './paneWidth';

/** Outside Excel: the same pane against an in-memory workbook whose formulas are evaluated here. */
export function startWorkbench(container: HTMLElement): void {
  installCustomFunctionsShim();
  let evaluator: FormulaEvaluator | null = null;
  const host: MemoryWorkbookHost = loadWorkbenchHost(window.localStorage, {
    evaluate: (sheet, address) => {
      const { row, col } = parseCell(address);
      return displayValue(evaluator?.cellAt(sheet, row, col));
    },
  });
  evaluator = new FormulaEvaluator(host);
  const activeEvaluator = evaluator;
  host.onChange(() => {
    activeEvaluator.invalidate();
    persistWorkbenchHost(window.localStorage, host);
  });
  const operations = createWorkbookOperations(host);
  const theme = readOfficeTheme();
  createRoot(container).render(
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <Workbench
        host={host}
        evaluator={activeEvaluator}
        operations={operations}
        runner={workerSimulationRunner()}
        theme={theme}
        locale={navigator.language}
        paneWidth={paneWidthFromQuery(window.location.search)}
      />
    </FluentProvider>,
  );
}

function displayValue(
  v: ReturnType<FormulaEvaluator['cellAt']> | undefined,
): string | number | boolean {
  if (!v || v.kind === 'blank') return '';
  if (v.kind === 'value') return v.value;
  return displayText(v);
}
