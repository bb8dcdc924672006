import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The layer rules are enforced by `npm run lint` (part of `npm test`); this proves the rules reject
 * what ARCHITECTURE.md forbids, so a weakened config cannot pass unnoticed.
 */
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

/** The rules that ESLint, run as `npm run lint` runs it, reports as errors for this file's code. */
async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', filePath],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as {
    messages: { severity: number; ruleId: string | null; message: string }[];
  }[];
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

it.each([
  [
    'src/engine/newRule.ts',
    "import { createWorkbookOperations } from '../workbook/createWorkbookOperations';\nexport const x = createWorkbookOperations;\n",
  ],
  ['src/engine/newRule.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  [
    'src/functions/newFunction.ts',
    "import { sampleModel } from '../workbook/sampleModel';\nexport const x = sampleModel;\n",
  ],
  ['src/workbook/newSheet.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n"],
  [
    'src/engine/rules/newRule.ts',
    "import { simulate } from '../../runs/runSimulationJob';\nexport const x = simulate;\n",
  ],
  [
    'src/runs/newJob.ts',
    "import { writeScenarioSheet } from '../workbook/scenarioSheet';\nexport const x = writeScenarioSheet;\n",
  ],
  [
    'src/taskpane/NewView.tsx',
    "import { OfficeWorkbookHost } from '../workbook/officeWorkbookHost';\nexport const x = OfficeWorkbookHost;\n",
  ],
  [
    'src/taskpane/NewView.tsx',
    "import { Workbench } from '../workbench/Workbench';\nexport const x = Workbench;\n",
  ],
])('rejects an upward or sideways import in %s', async (file, code) => {
  expect(await errorsFor(file, code)).toContain('@typescript-eslint/no-restricted-imports');
});

it('rejects Office.js calls outside src/workbook', async () => {
  expect(
    await errorsFor(
      'src/taskpane/NewView.tsx',
      'export const x = () => Office.context.document;\n',
    ),
  ).toContain('no-restricted-globals');
});

it('accepts the downward imports the architecture allows', async () => {
  expect(
    await errorsFor(
      'src/taskpane/NewView.tsx',
      "import type { WorkbookOperations } from '../workbook/workbookOperations';\nimport { atRiskAmount } from '../engine/contract';\nexport const x = (o: WorkbookOperations) => [o, atRiskAmount];\n",
    ),
  ).toEqual([]);
  expect(
    await errorsFor(
      'src/taskpane/startTaskPane.tsx',
      "import { OfficeWorkbookHost } from '../workbook/officeWorkbookHost';\nexport const x = OfficeWorkbookHost;\n",
    ),
  ).toEqual([]);
});
