import { unwrap } from '../../src/engine/rules/result';
import { periodStatement } from '../../src/engine/review/serviceReview';
import { OfficeWorkbookHost } from '../../src/workbook/officeWorkbookHost';
import { writeStatementSheet } from '../../src/workbook/statementSheet';
import { contract, serviceLevel } from '../engine/contractFixtures';
import { actualsFrom } from '../engine/serviceReviewFixtures';
import { emptyState, excelMock } from './excelMock';

/**
 * The statement written through Office.js (office-addin-mock): what reaches range.formulas.
 * Two service levels with allocation 0.8 both missing in January: 8,000 + 8,000 before the cap,
 * at risk 100,000 × 10% = 10,000, so the credit-scale cell must divide.
 */
const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

it('writes the lines as OUTCOME formulas, the bands beside them and the caps as formulas', async () => {
  const { excel, log } = excelMock(emptyState());
  globals.Excel = excel;
  const terms = contract([
    serviceLevel('a', { name: 'Availability', allocation: 0.8 }),
    serviceLevel('b', { name: '=Uptime', allocation: 0.8 }),
  ]);
  const statement = unwrap(
    periodStatement(terms, actualsFrom('2026-01', { a: [99.0], b: [98.0] }), '2026-01', '2026-01'),
  );
  const sheet = await writeStatementSheet(new OfficeWorkbookHost(), {
    contract: terms,
    statement,
    start: '2026-01',
    failures: [],
    rule: { misses: 3, periods: 6 },
  });
  expect(sheet).toBe('OM_Statement_2026_01');
  expect(log.calls).toContain(`clear All ${sheet}!(whole sheet)`);
  const main = log.ranges.find((r) => r.sheet === sheet && r.address?.startsWith('A1:'));
  const formulas = main?.mock.formulas as unknown as string[][];
  expect(formulas[5].slice(0, 2)).toEqual(['At-risk amount', '=B4*B5']);
  // Header on row 12, lines on 13 and 14; the name that reads as a formula is kept as text.
  expect(formulas[12].slice(0, 10)).toEqual([
    'Availability',
    'higher',
    99,
    99.5,
    '',
    '=OUTCOME.ATTAINMENT(C13,D13,B13)',
    '=OUTCOME.STATUS(C13,D13,E13,B13)',
    '=OUTCOME.PAYOUT(C13,$Q$5:$R$6,"step")',
    0.8,
    '=IF(ISNUMBER(H13),H13*(I13*$B$6),0)',
  ]);
  expect(formulas[13][0]).toBe("'=Uptime");
  expect(formulas[15].slice(0, 2)).toEqual([
    'Credit scale: at-risk cap applied pro rata',
    '=IF(K15<=B6,1,IF(B6>0,B6/K15,0))',
  ]);
  const bands = log.ranges.find((r) => r.sheet === sheet && r.address?.startsWith('Q4:'));
  expect((bands?.mock.formulas as unknown as unknown[][]).slice(0, 3)).toEqual([
    ['Bands: Availability (step, on performance)', ''],
    [0, -1],
    [99.5, 0],
  ]);
});
