import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { type StatementInputs } from '../../src/engine/review/statementLevers';
import { invoiceCents } from '../../src/engine/rules/moneyRules';
import { unwrap } from '../../src/engine/rules/result';
import { type Contract } from '../../src/engine/terms/contract';
import { sampleContract } from '../../src/workbook/sampleModel';
import { createServiceReviewOperations } from '../../src/workbook/serviceReviewOperations';
import { createShareOperations } from '../../src/workbook/share/shareOperations';
import { formulaWorkbook } from './formulaWorkbook';

/**
 * The statement sheet's volume lines and gain/pain-share settlement, computed by their OUTCOME
 * formulas on the in-memory workbook, equal the engine's statement; the invoice adjustment includes
 * them; the inputs are read back from the sheet.
 */
jest.setTimeout(120_000);

const CSV = readFileSync(join(__dirname, '../../docs/samples/actuals.csv'), 'utf8');
const RULE = { misses: 3, periods: 6 };

/** The sample contract over 30 months with two volume terms and gain/pain share. */
const contract: Contract = {
  ...sampleContract(),
  termMonths: 30,
  volumePricing: [
    {
      id: 'tickets',
      name: 'Tickets resolved',
      unit: 'ticket',
      method: 'graduated',
      tiers: [
        { bound: 0, rate: 12 },
        { bound: 1000, rate: 9 },
      ],
    },
    {
      id: 'users',
      name: 'Users supported',
      unit: 'user',
      method: 'allunits',
      tiers: [
        { bound: 0, rate: 30 },
        { bound: 500, rate: 25 },
      ],
    },
  ],
  gainShare: {
    targetCostAnnual: 2_400_000,
    shareBands: [
      { bound: 0, rate: 0.3 },
      { bound: 0.95, rate: 0.5 },
      { bound: 1.05, rate: 0.8 },
    ],
    painCap: 100_000,
    gainCap: null,
  },
};

async function written(period: string, inputs: StatementInputs) {
  const workbook = formulaWorkbook();
  const ops = createServiceReviewOperations(workbook.host);
  const preview = ops.previewImport(CSV, contract);
  if (preview.kind !== 'ok') throw new Error(preview.problems.join('\n'));
  await ops.importActuals(contract, preview.records);
  const { records } = await ops.readActuals(contract);
  const review = unwrap(ops.reviewPeriod(contract, records, '2026-01', period, RULE, inputs));
  const sheet = await ops.writeStatement(contract, '2026-01', review, RULE);
  const grid = await workbook.host.readRange(sheet, 'A1:O80');
  const row = (label: string | RegExp) => {
    const found = grid.find((r) =>
      typeof label === 'string' ? r[0] === label : label.test(String(r[0])),
    );
    if (!found) throw new Error(`no row "${label}" on ${sheet}`);
    return found;
  };
  return { ops, host: workbook.host, statement: review.statement, row, grid };
}

describe('the levers on the statement sheet', () => {
  it('prices each term’s units with OUTCOME.VOLUMEPRICE and adds them to the invoice', async () => {
    // Tickets 1,250 graduated: 1,000 × 12 + 250 × 9 = 14,250; users 500 all-units: 500 × 25 = 12,500.
    const { statement, row } = await written('2026-06', {
      units: { tickets: 1250, users: 500 },
      yearActualCost: null,
    });
    expect(row('Tickets resolved (per ticket)')[3]).toBe(14_250);
    expect(row('Users supported (per user)')[3]).toBe(12_500);
    expect(row('Volume charges this month')[3]).toBe(26_750);
    // June is not a closing month: the sheet says when year 1 settles.
    expect(
      row(/^Gain\/pain share: contract year 1 \(from 2026-01\) settles in 2026-12, month 12/),
    ).toBeTruthy();
    expect(statement.levers.volumeCharges).toBe(26_750);
    expect(row('Invoice adjustment, rounded to cents')[1]).toBe(
      invoiceCents(statement.invoiceAdjustment),
    );
    // The sample's June credits, as statementSheet.test.ts derives them, less the volume charges.
    const credits = 4500 + 6000 + (1 - (8 / 9.5 - 0.5) / 0.5) * 9000 + 5400;
    expect(statement.invoiceAdjustment).toBeCloseTo(26_750 - credits, 6);
  });

  it('settles year 1 in December with OUTCOME.GAINSHARE, and says pending without the cost', async () => {
    // 2,640,000 ÷ 2,400,000 = 1.1: 0.5 × 0.05 + 0.8 × 0.05 = 0.065 × 2,400,000 = 156,000 → pain cap −100,000.
    const settled = await written('2026-12', { units: {}, yearActualCost: 2_640_000 });
    const amount = settled.row(/^Settlement: \+ a saving shared/)[1];
    expect(amount).toBeCloseTo(-100_000, 6);
    expect(settled.row('Target cost of this year')[1]).toBe(2_400_000);
    expect(settled.row('Gain cap for this year (empty: none)')[1]).toBe('');
    expect(settled.row('Invoice adjustment, rounded to cents')[1]).toBe(
      invoiceCents(settled.statement.invoiceAdjustment),
    );
    // Volume terms without units are pending and charge nothing.
    expect(settled.row('Tickets resolved (per ticket)')[3]).toBe('pending: units not given');

    const pending = await written('2026-12', { units: {}, yearActualCost: null });
    expect(pending.row(/^Settlement: \+ a saving shared/)[1]).toBe(
      'pending: the year’s actual cost is not given',
    );
    expect(pending.row('Commercial levers this month')[1]).toBe(0);
    expect(
      Number(settled.row('Invoice adjustment, rounded to cents')[1]) -
        Number(pending.row('Invoice adjustment, rounded to cents')[1]),
    ).toBeCloseTo(-100_000, 6);
  });

  it('settles the 30-month term’s six-month last year pro rata in its last month', async () => {
    // Year 3 (2028-01 … 2028-06): target 1,200,000; 1,140,000 ÷ 1,200,000 = 0.95 → 0.5 × 0.05 × 1,200,000 = +30,000.
    const { statement, row } = await written('2028-06', {
      units: { tickets: 0, users: 100 },
      yearActualCost: 1_140_000,
    });
    expect(row('Months in this contract year')[1]).toBe(6);
    expect(row('Target cost of this year')[1]).toBe(1_200_000);
    expect(row('Pain cap for this year')[1]).toBe(50_000);
    expect(row(/^Settlement: \+ a saving shared/)[1]).toBeCloseTo(30_000, 6);
    // Users 100 all-units at 30 = 3,000; no actuals in 2028, so no service-level money.
    expect(statement.invoiceAdjustment).toBeCloseTo(33_000, 6);
    expect(row('Invoice adjustment, rounded to cents')[1]).toBe(33_000);
  });

  it('keeps the inputs with the statement for the pane to read back', async () => {
    const inputs = { units: { tickets: 1250.5, users: 40 }, yearActualCost: 2_300_000.25 };
    const { ops } = await written('2026-12', inputs);
    expect(await ops.readStatementInputs(contract, '2026-12')).toEqual(inputs);
    expect(await ops.readStatementInputs(contract, '2026-11')).toBeNull();
  });

  it('gives the written statement’s inputs to the file shared with the other side', async () => {
    const inputs = { units: { tickets: 800 }, yearActualCost: 2_500_000 };
    const { host } = await written('2026-12', inputs);
    const share = createShareOperations(host, () =>
      Promise.reject(new Error('nothing is delivered here')),
    );
    const sources = await share.sources({ contract });
    expect(sources.statementInputs).toEqual({ '2026-12': inputs });
  });

  it('equals the engine to the cent for random units and costs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
        fc.option(fc.integer({ min: 150_000_000, max: 350_000_000 }), { nil: null }),
        async (tickets, users, costCents) => {
          const units: Record<string, number> = {};
          if (tickets !== null) units.tickets = tickets;
          if (users !== null) units.users = users;
          const { statement, row } = await written('2026-12', {
            units,
            yearActualCost: costCents === null ? null : costCents / 100,
          });
          expect(row('Invoice adjustment, rounded to cents')[1]).toBe(
            invoiceCents(statement.invoiceAdjustment),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});
