import { type Contract } from '../../src/engine/terms/contract';
import { compileContract } from '../../src/engine/terms/compiledContract';
import { createDetail, createWorkspace, evaluateTerm } from '../../src/engine/terms/termEvaluator';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { samplePerformance } from '../../src/workbook/sampleModel';
import { formulaWorkbook } from './formulaWorkbook';

/** Credits and incentives per month of the first year, as the engine pays them. */
function engineMonths(contract: Contract) {
  const compiled = compileContract(contract);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const c = compiled.value;
  const performance = samplePerformance();
  const perf = new Float64Array(c.slCount * c.months).fill(NaN);
  contract.serviceLevels.forEach((sl, s) =>
    performance[sl.id].forEach((v, m) => (perf[s * c.months + m] = v)),
  );
  const detail = createDetail(c);
  evaluateTerm(c, perf, createWorkspace(c), detail);
  const month = (values: Float64Array, m: number) =>
    contract.serviceLevels.reduce((t, _, s) => t + values[s * c.months + m], 0);
  return Array.from({ length: 12 }, (_, m) => ({
    credits: month(detail.credit, m),
    incentives: month(detail.incentive, m),
  }));
}

/**
 * The sample with the caps made to bite: allocations doubled within a 300% pool (June's band credits pass the
 * at-risk amount) and small incentive caps (500 a month, 1,500 a year).
 */
async function cappedSummary() {
  const workbook = formulaWorkbook();
  const operations = createWorkbookOperations(workbook.host);
  const inserted = await operations.insertSampleModel();
  const contract: Contract = {
    ...inserted.contract,
    poolShare: 3,
    incentiveCapMonthlyShare: 0.002,
    incentiveCapAnnualShare: 0.0005,
    serviceLevels: inserted.contract.serviceLevels.map((sl) => ({
      ...sl,
      allocation: sl.allocation * 2,
    })),
  };
  await operations.saveModel({ contract }, inserted);
  const labels = (await workbook.host.readRange('Summary', 'A1:A60')).map((r) => r[0]);
  const row = async (label: string) => {
    const r = labels.indexOf(label) + 1;
    if (r === 0) throw new Error(`no row "${label}"`);
    return (await workbook.host.readRange('Summary', `B${r}:M${r}`))[0] as number[];
  };
  return { contract, row };
}

describe('the Summary where the contract’s caps bite', () => {
  it('caps credits at the at-risk amount and incentives at the monthly and annual caps, as the engine does', async () => {
    const { contract, row } = await cappedSummary();
    const engine = engineMonths(contract);
    const before = await row('Credits from the bands, before the cap');
    const credits = await row('Service credits, capped at the at-risk amount');
    const incentivesBefore = await row('Incentives from the bands, before the caps');
    const incentives = await row('Incentives, within the incentive caps');
    engine.forEach((e, m) => {
      expect([m, credits[m]]).toEqual([m, expect.closeTo(e.credits, 6)]);
      expect([m, incentives[m]]).toEqual([m, expect.closeTo(e.incentives, 6)]);
    });
    // The caps did bite: some month's credits were cut to 30,000, incentives to 500 a month, and
    // the year's incentives stop at 1,500.
    expect(before.some((c, m) => c > 30_000 && credits[m] === 30_000)).toBe(true);
    expect(incentivesBefore.some((c, m) => c > 500 && incentives[m] <= 500)).toBe(true);
    expect(incentives.reduce((a, b) => a + b, 0)).toBeCloseTo(1_500, 6);
  });
});
