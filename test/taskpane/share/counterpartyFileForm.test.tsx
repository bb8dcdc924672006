/** @jest-environment jsdom */
import '../support/jsdomLayout';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { conventionFor } from '../../../src/engine/rules/numberText';
import { periodAfter } from '../../../src/engine/review/servicePeriod';
import { type OutcomeModel } from '../../../src/engine/terms/outcomeModel';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { samplePerformance } from '../../../src/workbook/sampleModel';
import { type MadeFile } from '../../../src/workbook/share/fileDelivery';
import { createShareOperations } from '../../../src/workbook/share/shareOperations';
import { NumberConventionContext } from '../../../src/taskpane/fields/numberConvention';
import { CounterpartyFileForm } from '../../../src/taskpane/share/CounterpartyFileForm';
import { mismatches, openCounterpartyFile, zipTexts } from '../../workbook/share/counterpartyFile';

jest.setTimeout(60_000);

/** The sample model with a counter-offer, a private walk-away and two scenarios, and a year of actuals. */
async function negotiationWorkbook() {
  const host = new MemoryWorkbookHost();
  const operations = createWorkbookOperations(host);
  const sample = await operations.insertSampleModel();
  const contract = sample.contract;
  const model: OutcomeModel = {
    contract,
    proposals: [
      { id: 'counter', name: 'Their counter', contract: { ...contract, atRiskShare: 0.15 } },
      { id: 'walk', name: 'Our walk-away', contract: { ...contract, atRiskShare: 0.07 } },
    ],
    scenarios: [
      {
        id: 'base',
        name: 'Base case',
        assumptions: { availability: { kind: 'constant', level: 99.6 } },
      },
      {
        id: 'grim',
        name: 'Our grim view',
        assumptions: { availability: { kind: 'constant', level: 98.2 } },
      },
    ],
  };
  const records = Object.entries(samplePerformance()).flatMap(([id, values]) =>
    values.map((value, m) => ({
      serviceLevelId: id,
      period: periodAfter('2026-01', m),
      value,
      excludedMinutes: null,
    })),
  );
  await operations.serviceReview.importActuals(contract, records);
  return { host, model };
}

async function renderForm(locale = 'en-US') {
  const { host, model } = await negotiationWorkbook();
  const files: MadeFile[] = [];
  const share = createShareOperations(host, async (file) => {
    files.push(file);
    return 'downloaded';
  });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <NumberConventionContext.Provider value={conventionFor(locale)}>
        <CounterpartyFileForm model={model} share={share} />
      </NumberConventionContext.Provider>
    </FluentProvider>,
  );
  await screen.findByRole('checkbox', { name: "A month's statement" });
  await screen.findByRole('list', { name: 'The file will contain' });
  return { host, files, user };
}

const listed = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

it('shows what the file will hold as the user ticks, then makes exactly that file', async () => {
  const { host, files, user } = await renderForm();
  expect(listed('The file will contain')).toEqual([
    'Contract: Money terms, 5 service levels and their bands',
  ]);
  expect(listed('It will not contain')).toEqual([
    'The stored model, its settings and any unwritten edits',
    '2 proposals you did not choose',
    '2 scenarios you did not choose',
    'The change log, simulation results and run settings',
    'Actuals',
  ]);
  await user.click(screen.getByRole('checkbox', { name: /Money view/ }));
  await user.click(screen.getByRole('checkbox', { name: "A month's statement" }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Statement month' }), '2026-06');
  await user.click(
    screen.getByRole('checkbox', { name: 'Managed infrastructure and service desk' }),
  );
  await user.click(screen.getByRole('checkbox', { name: 'Their counter' }));
  await user.click(screen.getByRole('checkbox', { name: 'Base case' }));
  expect(listed('The file will contain')).toEqual([
    'Contract: Money terms, 5 service levels and their bands',
    'Money: One failure, worst and best month and year per service level',
    'Statement 2026-06: Measured values, credits, incentives, earnback and the invoice adjustment',
    'Comparison: Managed infrastructure and service desk, Their counter priced at their own expected and minimum levels, Base case’s mean month and values the reader types',
    'Terms Their counter: Terms of a proposal in the comparison',
  ]);
  expect(listed('It will not contain')).toContain('1 proposal you did not choose');

  const before = JSON.stringify(host.toState());
  await user.click(screen.getByRole('button', { name: 'Create file for the other side' }));
  await screen.findByText(
    /^Downloaded “Managed infrastructure and service desk – for the other side \d{4}-\d\d-\d\d\.xlsx” \(\d+ KB\)\.$/,
  );
  expect(JSON.stringify(host.toState())).toBe(before);
  expect(files).toHaveLength(1);
  const file = await openCounterpartyFile(files[0].bytes);
  expect(file.sheetNames).toEqual([
    'Contract',
    'Money',
    'Statement 2026-06',
    'Comparison',
    'Terms Their counter',
  ]);
  expect(mismatches(file)).toEqual([]);
  const everything = Object.values(await zipTexts(files[0].bytes)).join('\n');
  for (const secret of [
    'Our walk-away',
    'Our grim view',
    'OUTCOME.',
    'OutcomeModeler.model',
    'OM_ChangeLog',
  ])
    expect(everything).not.toContain(secret);
});

it('under de-DE the file size is written the German way', async () => {
  const { user } = await renderForm('de-DE');
  await user.click(screen.getByRole('checkbox', { name: /Money view/ }));
  await user.click(screen.getByRole('button', { name: 'Create file for the other side' }));
  const done = await screen.findByText(/^Downloaded/);
  expect(done.textContent).toMatch(/\(\d+(,\d)? KB\)\.$/);
});

it('shares only what the workbook holds: it says so beside unwritten edits, and asks for a first write', async () => {
  const { host, model } = await negotiationWorkbook();
  const share = createShareOperations(host, async () => 'downloaded');
  const { rerender } = render(
    <FluentProvider theme={webLightTheme}>
      <CounterpartyFileForm model={null} share={share} />
    </FluentProvider>,
  );
  expect(screen.getByText(/^Write the model to the workbook first/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Create file for the other side' })).toBeNull();
  rerender(
    <FluentProvider theme={webLightTheme}>
      <CounterpartyFileForm model={model} unwritten share={share} />
    </FluentProvider>,
  );
  expect(
    await screen.findByText(
      /^Edits not yet written are not in the file: it is made from what the workbook holds/,
    ),
  ).toBeInTheDocument();
});
