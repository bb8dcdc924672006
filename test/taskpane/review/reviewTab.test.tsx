/** @jest-environment jsdom */
import '../support/jsdomLayout';
import { readFileSync } from 'fs';
import { join } from 'path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type Contract } from '../../../src/engine/terms/contract';
import { periodStatement } from '../../../src/engine/review/serviceReview';
import { createWorkbookOperations } from '../../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../../src/workbook/memoryWorkbookHost';
import { type ServiceReviewOperations } from '../../../src/workbook/serviceReviewOperations';
import { formatMoney } from '../../../src/taskpane/money/paneMoneyText';
import { ReviewTab } from '../../../src/taskpane/review/ReviewTab';

jest.setTimeout(60_000);

const SAMPLE_ACTUALS = readFileSync(join(__dirname, '../../../docs/samples/actuals.csv'), 'utf8');

/** The real operations over an in-memory workbook holding the sample model, and the Review tab on them. */
async function renderReview() {
  const host = new MemoryWorkbookHost();
  const operations = createWorkbookOperations(host);
  const { contract } = await operations.insertSampleModel();
  const serviceReview = operations.serviceReview;
  if (!serviceReview) throw new Error('createWorkbookOperations has no service review');
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewTab contract={contract} serviceReview={serviceReview} />
    </FluentProvider>,
  );
  expect(await screen.findByText(/OM_Actuals holds no actuals yet/)).toBeInTheDocument();
  return { host, contract, serviceReview, user };
}

async function pasteActuals(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Actuals (CSV or cells pasted from Excel)'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Check actuals' }));
}

async function engineInvoice(
  contract: Contract,
  serviceReview: ServiceReviewOperations,
  period: string,
): Promise<number> {
  const { records } = await serviceReview.readActuals(contract);
  const statement = periodStatement(contract, records, '2026-01', period);
  if (!statement.ok) throw new Error(statement.error.message);
  return statement.value.invoiceAdjustment;
}

describe('the Review tab on the in-memory workbook', () => {
  it('previews the sample actuals without writing them', async () => {
    const { host, user } = await renderReview();
    await pasteActuals(user, SAMPLE_ACTUALS);
    expect(
      screen.getByText(/Ready to import 60 rows: 12 periods \(2026-01 to 2026-12\)/),
    ).toBeInTheDocument();
    expect(host.sheetNames()).not.toContain('OM_Actuals');
    expect(screen.getByRole('button', { name: 'Import actuals' })).toBeEnabled();
  });

  it('lists the problems of an invalid export and writes nothing', async () => {
    const { host, user } = await renderReview();
    await pasteActuals(user, 'Service level,Period,Value\nNo such level,2026-01,99.5\n');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/Row 2:.*No such level/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import actuals' })).toBeDisabled();
    expect(host.sheetNames()).not.toContain('OM_Actuals');
    expect(await host.readTable('OM_Actuals')).toBeNull();
  });

  it('imports the actuals and writes a statement with the invoice adjustment the engine computes', async () => {
    const { host, contract, serviceReview, user } = await renderReview();
    await pasteActuals(user, SAMPLE_ACTUALS);
    await user.click(screen.getByRole('button', { name: 'Import actuals' }));
    expect(
      await screen.findByText('Imported into OM_Actuals: 60 added, 0 replaced.'),
    ).toBeInTheDocument();
    expect(await screen.findByText(/OM_Actuals holds 60 rows/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Period'), '2026-06');
    expect(screen.getByLabelText('Repeated failure: misses')).toHaveValue(3);
    expect(screen.getByLabelText('In the last (periods)')).toHaveValue(6);
    await user.click(screen.getByRole('button', { name: 'Write statement' }));

    const invoice = formatMoney(
      await engineInvoice(contract, serviceReview, '2026-06'),
      contract.currency,
      { signed: true },
    );
    const status = await screen.findByText(/Wrote OM_Statement_2026_06/);
    expect(status).toHaveTextContent(`Invoice adjustment: ${invoice}.`);
    expect(status).toHaveTextContent(/Flagged for repeated failure: .*Backlog/);
    expect(host.sheetNames()).toContain('OM_Statement_2026_06');
  });

  it('says the contract start it counts from, and warns when a period lacks a critical level’s actuals', async () => {
    const { user } = await renderReview();
    // January 2027's actuals for Availability only: the other critical levels were not measured.
    await pasteActuals(user, `${SAMPLE_ACTUALS.trim()}\nAvailability,2027-01,99.8\n`);
    await user.click(screen.getByRole('button', { name: 'Import actuals' }));
    expect(
      await screen.findByText(/Contract months count from the agreed start, 2026-01\./),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Period'), '2027-01');
    expect(
      screen.getByText(
        /^2027-01 has no actuals for P1 resolved within 4h, Mean resolution hours, Customer satisfaction: the statement counts them as not measured/,
      ),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Period'), '2026-06');
    expect(screen.queryByText(/has no actuals for/)).toBeNull();
  });

  it('refuses an impossible repeated-failure rule without writing a statement', async () => {
    const { host, user } = await renderReview();
    await pasteActuals(user, SAMPLE_ACTUALS);
    await user.click(screen.getByRole('button', { name: 'Import actuals' }));
    await screen.findByText(/OM_Actuals holds 60 rows/);
    const misses = screen.getByLabelText('Repeated failure: misses');
    await user.clear(misses);
    await user.type(misses, '7');
    await user.click(screen.getByRole('button', { name: 'Write statement' }));
    expect(await screen.findByText('7 misses cannot happen in 6 periods')).toBeInTheDocument();
    expect(host.sheetNames().filter((s) => s.startsWith('OM_Statement'))).toEqual([]);
  });

  it('shows the annual review of year 1 and writes the trend sheet', async () => {
    const { host, contract, serviceReview, user } = await renderReview();
    await pasteActuals(user, SAMPLE_ACTUALS);
    await user.click(screen.getByRole('button', { name: 'Import actuals' }));
    await screen.findByText(/OM_Actuals holds 60 rows/);

    const { records } = await serviceReview.readActuals(contract);
    const review = serviceReview.annualReview(contract, records, '2026-01', 1);
    if (!review.ok) throw new Error(review.error.message);
    const table = screen.getByRole('table', { name: 'Expected levels, this year and proposed' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + contract.serviceLevels.length);
    expect(screen.getByText(/money effect/)).toHaveTextContent(
      formatMoney(review.value.moneyEffect, contract.currency, { signed: true }),
    );

    await user.click(screen.getByRole('button', { name: 'Write trends' }));
    const written = await screen.findByText(/^Wrote OM_/);
    expect(host.sheetNames()).toContain(written.textContent?.replace(/^Wrote (.*)\.$/, '$1'));
  });
});
