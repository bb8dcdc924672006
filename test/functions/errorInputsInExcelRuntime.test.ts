/** @jest-environment jsdom */
import { credit, earnback, payout, status } from '../../src/functions/functions';
import {
  invokeAsExcel,
  loadOfficeCustomFunctionsRuntime,
  wireError,
} from './support/officeCustomFunctionsRuntime';

/**
 * Error cells as real Excel delivers them: with `allowErrorForDataTypeAny` (see the metadata golden
 * test) Excel sends each error cell in the invocation message, Office's runtime turns it into its own
 * `CustomFunctions.Error` holding only the code, and whatever the function returns is serialised by
 * that same class. These tests load Office's runtime script, not the workbench's stand-in.
 */
beforeAll(() => loadOfficeCustomFunctionsRuntime());

const wireValue = (code: string, message?: string) =>
  expect.objectContaining({
    valueType: 'CustomFunctionError',
    code,
    ...(message ? { message } : {}),
  });

// Lower bounds → rates, on percentages: below 99 a 5% credit, 99–99.5 nothing, from 99.5 a 2% incentive.
const BANDS = [
  [95, -0.05],
  [99, 0],
  [99.5, 0.02],
];

describe('an error cell inside a range spoils only its own result cell', () => {
  it('PAYOUT: #N/A in one value cell gives #N/A there and rates elsewhere', () => {
    const result = invokeAsExcel(payout, 4, [[99.9], [wireError('#N/A')], [98]], BANDS);
    expect(result).toEqual([[0.02], [wireValue('#N/A')], [-0.05]]);
  });

  it('STATUS: #DIV/0! in one cell is passed on as #DIV/0!, the other cells are judged', () => {
    const result = invokeAsExcel(status, 4, [[99.7, wireError('#DIV/0!'), 98]], [[99.5]], [[99]]);
    expect(result).toEqual([['Met', wireValue('#DIV/0!'), 'Below minimum']]);
  });

  it('#REF!, which a function cannot return, becomes #VALUE! with a message that names it', () => {
    const result = invokeAsExcel(payout, 4, [[wireError('#REF!')], [99.9]], BANDS);
    expect(result).toEqual([[wireValue('#VALUE!', 'an input holds #REF!')], [0.02]]);
  });

  it('CREDIT: an error in one period of the performance grid spoils that period only', () => {
    // Jan met (0); Feb availability failed: 40% × 10,000 = 4,000; Mar's availability cell holds #N/A.
    const performance = [
      [99.7, 99.2, wireError('#N/A')],
      [96, 96, 96],
    ];
    const result = invokeAsExcel(credit, 5, performance, [[99.5], [95]], [[0.4], [0.5]], 10_000);
    expect(result).toEqual([[0, 4000, wireValue('#N/A')]]);
  });
});

describe('an error in a single-value argument makes the whole formula that error', () => {
  it('PAYOUT with #N/A as its method answers one #N/A cell', () => {
    expect(invokeAsExcel(payout, 4, [[99.9]], BANDS, wireError('#N/A'))).toEqual([
      [wireValue('#N/A')],
    ]);
  });

  it('EARNBACK with #NAME? as its mode answers #VALUE! naming it', () => {
    expect(
      invokeAsExcel(earnback, 5, 4000, [[99.6, 99.7, 99.8]], 99.5, wireError('#NAME?')),
    ).toEqual(wireValue('#VALUE!', 'an input holds #NAME?'));
  });

  it('CREDIT with #N/A as its at-risk amount answers one #N/A cell', () => {
    expect(invokeAsExcel(credit, 5, [[99.2]], [[99.5]], [[0.4]], wireError('#N/A'))).toEqual([
      [wireValue('#N/A')],
    ]);
  });
});

it('returns errors of Office runtime class, with the message Excel shows on #VALUE!', () => {
  const [[cell]] = payout([['abc']], BANDS, null) as unknown[][];
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  expect(JSON.parse(JSON.stringify(cell))).toEqual(
    wireValue('#VALUE!', 'value: "abc" is not a number'),
  );
});
