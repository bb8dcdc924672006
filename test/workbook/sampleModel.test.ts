import { attainment } from '../../src/engine/rules/attainment';
import { bandRate, parseBands } from '../../src/engine/rules/bands';
import { atRiskAmount, type ServiceLevel } from '../../src/engine/terms/contract';
import { contractIssues } from '../../src/engine/terms/contractValidation';
import { compileContract } from '../../src/engine/terms/compiledContract';
import { createDetail, createWorkspace, evaluateTerm } from '../../src/engine/terms/termEvaluator';
import { meets, serviceLevelStatus } from '../../src/engine/rules/status';
import { parseRange, rangesOverlap } from '../../src/workbook/cellAddress';
import { bandTableName } from '../../src/workbook/contractSheet';
import {
  insertSampleModel,
  sampleContract,
  samplePerformance,
} from '../../src/workbook/sampleModel';
import { formulaWorkbook } from './formulaWorkbook';

const contract = sampleContract();
const performance = samplePerformance();
const atRisk = atRiskAmount(contract);
const critical = contract.serviceLevels.filter((sl) => sl.critical);

/** What the engine says a service level's band payout is for one measured value. */
function enginePayout(sl: ServiceLevel, value: number): number {
  const table = parseBands(sl.bands.rows);
  if (!table.ok) throw new Error(table.error.message);
  const x =
    sl.bands.basis === 'attainment'
      ? sl.direction === 'higher'
        ? value / sl.expected
        : sl.expected / value
      : value;
  return bandRate(table.value, x, sl.bands.method) * sl.allocation * atRisk;
}

/** Credits and incentives of each month of the sample's first year, as the engine pays them. */
function engineMonths(): { credits: number[]; incentives: number[] } {
  const compiled = compileContract(contract);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const c = compiled.value;
  const perf = new Float64Array(c.slCount * c.months).fill(NaN);
  contract.serviceLevels.forEach((sl, s) =>
    performance[sl.id].forEach((v, m) => (perf[s * c.months + m] = v)),
  );
  const detail = createDetail(c);
  evaluateTerm(c, perf, createWorkspace(c), detail);
  const sum = (values: Float64Array, m: number) =>
    contract.serviceLevels.reduce((t, _, s) => t + values[s * c.months + m], 0);
  return {
    credits: MONTH_INDEXES.map((m) => sum(detail.credit, m)),
    incentives: MONTH_INDEXES.map((m) => sum(detail.incentive, m)),
  };
}

const MONTH_INDEXES = Array.from({ length: 12 }, (_, m) => m);

async function sampleWorkbook() {
  const workbook = formulaWorkbook();
  const model = await insertSampleModel(workbook.host);
  const summary = async (address: string) => workbook.host.readRange('Summary', address);
  const rowOf = async (label: string) => {
    const labels = (await summary('A1:A60')).map((r) => r[0]);
    const index = labels.indexOf(label);
    if (index < 0) throw new Error(`no row "${label}"`);
    return index + 1;
  };
  return { ...workbook, model, summary, rowOf };
}

describe('the sample contract', () => {
  it('is a valid, realistic deal', () => {
    expect(contractIssues(contract)).toEqual([]);
    expect(contract).toMatchObject({
      monthlyCharges: 250_000,
      atRiskShare: 0.12,
      poolShare: 2,
      termMonths: 36,
      incentiveCapMonthlyShare: 0.05,
      incentiveCapAnnualShare: 0.03,
    });
    expect(contract.earnback).toEqual({ mode: 'all', window: 3 });
    expect(contract.ratchet).toEqual({ method: 'midpoint', maxGapShare: 0.1 });
    expect(contract.serviceLevels).toHaveLength(5);
    expect(new Set(contract.serviceLevels.map((sl) => sl.direction))).toEqual(
      new Set(['higher', 'lower']),
    );
    expect(new Set(contract.serviceLevels.map((sl) => sl.bands.method))).toEqual(
      new Set(['step', 'linear']),
    );
    expect(contract.serviceLevels.find((sl) => sl.name === 'Backlog over 30 days')?.critical).toBe(
      false,
    );
    const allocated = critical.reduce((sum, sl) => sum + sl.allocation, 0);
    expect(allocated).toBeGreaterThan(1); // several failures in one month can reach the cap
    expect(allocated).toBeLessThanOrEqual(contract.poolShare);
  });

  it('has a year of performance per service level with both met and missed months', () => {
    for (const sl of contract.serviceLevels) {
      const values = performance[sl.id];
      expect(values).toHaveLength(12);
      const met = values.filter((v) => meets(v, sl.expected, sl.direction === 'higher')).length;
      expect(met).toBeGreaterThan(0);
      expect(met).toBeLessThan(12);
    }
    expect(samplePerformance()).toEqual(performance); // deterministic
  });
});

describe('insertSampleModel', () => {
  it('writes the Contract, Performance and Summary sheets, shows the Summary and returns the model', async () => {
    const { host, model } = await sampleWorkbook();
    expect(model).toEqual({ contract });
    expect(await host.listSheets()).toEqual(['Sheet1', 'Contract', 'Performance', 'Summary']);
    expect(host.activeSheet()).toBe('Summary');
    expect((await host.readTable('Bands_Availability'))?.rows).toEqual(
      contract.serviceLevels[0].bands.rows.map((r) => [r.bound, r.rate]),
    );
  });

  it('lays out the Performance sheet one row per service level', async () => {
    const { host } = await sampleWorkbook();
    const rows = await host.readRange('Performance', 'A1:Q6');
    expect(rows[0]).toEqual([
      'Name',
      'Direction',
      'Expected',
      'Minimum',
      'Allocation',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    contract.serviceLevels.forEach((sl, i) => {
      expect(rows[i + 1]).toEqual([
        sl.name,
        sl.direction,
        sl.expected,
        sl.minimum,
        sl.allocation,
        ...performance[sl.id],
      ]);
    });
  });

  it('computes every Summary formula without an error', async () => {
    const { host } = await sampleWorkbook();
    const formulas = host
      .sheetCells('Summary')
      .filter((c) => typeof c.input === 'string' && c.input.startsWith('='));
    expect(formulas.length).toBeGreaterThan(100);
    for (const cell of formulas) {
      const [[value]] = await host.readRange('Summary', cell.address);
      expect([
        cell.address,
        typeof value === 'string' && value.startsWith('#') ? value : 'ok',
      ]).toEqual([cell.address, 'ok']);
    }
  });

  it('shows each service level’s latest attainment, status and band payout as the engine computes them', async () => {
    const { summary } = await sampleWorkbook();
    const rows = await summary('A4:G8');
    contract.serviceLevels.forEach((sl, i) => {
      const latest = performance[sl.id][11];
      const ratio = attainment(latest, sl.expected, sl.direction);
      expect(rows[i][0]).toBe(sl.name);
      expect(rows[i][1]).toBe(latest);
      expect(rows[i][3]).toBeCloseTo(ratio.ok ? ratio.value : NaN, 12);
      expect(rows[i][4]).toBe(serviceLevelStatus(latest, sl.expected, sl.minimum, sl.direction));
      if (sl.critical) expect(rows[i][6]).toBeCloseTo(enginePayout(sl, latest), 6);
      else expect(rows[i][6]).toBe('Key measurement: no money');
    });
  });

  it('shows each month’s fee as the contract’s rules make it: credits capped at the at-risk amount, incentives within their caps', async () => {
    const { summary, rowOf } = await sampleWorkbook();
    const engine = engineMonths();
    const row = async (label: string) => {
      const r = await rowOf(label);
      return (await summary(`B${r}:N${r}`))[0] as number[];
    };
    const charges = await row('Monthly charges');
    const credits = await row('Service credits, capped at the at-risk amount');
    const incentives = await row('Incentives, within the incentive caps');
    const net = await row('Net fee: charges − credits + incentives (before earnback)');
    for (let m = 0; m < 12; m++) {
      expect(credits[m]).toBeCloseTo(engine.credits[m], 6);
      expect(incentives[m]).toBeCloseTo(engine.incentives[m], 6);
      expect(net[m]).toBeCloseTo(charges[m] - engine.credits[m] + engine.incentives[m], 6);
    }
    // The sample year has both credits and incentives (its caps are not reached: summaryCaps.test.ts
    // makes them bite).
    expect(engine.credits.some((c) => c > 0)).toBe(true);
    expect(engine.incentives.some((c) => c > 0)).toBe(true);
    expect(credits[12]).toBeCloseTo(
      engine.credits.reduce((a, b) => a + b, 0),
      6,
    );
    // June: the band credits (18,742 − 600 of incentive) are below the at-risk 30,000, so no cap.
    const before = await row('Credits from the bands, before the cap');
    expect(before[5]).toBeCloseTo(credits[5], 6);
  });

  it('shows the band payout of every critical service level per month, with year totals', async () => {
    const { summary, rowOf } = await sampleWorkbook();
    const first =
      (await rowOf(
        'Band payout per service level, before caps (rate × allocation × at-risk amount)',
      )) + 1;
    const rows = await summary(`A${first}:N${first + critical.length}`);
    critical.forEach((sl, i) => {
      expect(rows[i][0]).toBe(sl.name);
      const payouts = performance[sl.id].map((v) => enginePayout(sl, v));
      rows[i].slice(1, 13).forEach((cell, m) => expect(cell).toBeCloseTo(payouts[m], 6));
      expect(rows[i][13]).toBeCloseTo(
        payouts.reduce((a, b) => a + b, 0),
        6,
      );
    });
    expect(rows[critical.length][0]).toBe('Total band payout, before caps');
  });

  it('spills one NETFEES row per critical service level that no other formula reads', async () => {
    const { host, summary, rowOf, resultAt } = await sampleWorkbook();
    const first =
      (await rowOf(
        'At-risk fee kept per service level, before caps (NETFEES: allocated fee + band payout)',
      )) + 1;
    const spills = critical.map((_, i) => parseRange(`C${first + i}:M${first + i}`));
    critical.forEach((sl, i) => {
      const allocated = sl.allocation * atRisk;
      const result = resultAt('Summary', `B${first + i}`) as number[][];
      expect(result).toHaveLength(1);
      result[0].forEach((value, m) =>
        expect(value).toBeCloseTo(allocated + enginePayout(sl, performance[sl.id][m]), 6),
      );
      expect(resultAt('Summary', `N${first + i}`)).toBeCloseTo(
        result[0].reduce((a, b) => a + b, 0),
        6,
      );
    });
    expect((await summary(`C${first}:M${first}`))[0].every((v) => v === '')).toBe(true);
    // References without a sheet prefix are Summary cells; none may point into a spilled range.
    for (const cell of host.sheetCells('Summary')) {
      const refs =
        String(cell.input).match(
          /(?<![!\w$])\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\w(])/g,
        ) ?? [];
      for (const ref of refs) {
        for (const spill of spills)
          expect([cell.address, ref, rangesOverlap(parseRange(ref), spill)]).toEqual([
            cell.address,
            ref,
            false,
          ]);
      }
    }
  });

  it('uses the Bands_ tables and the workbook names of the Contract sheet', async () => {
    const { host } = await sampleWorkbook();
    const text = host
      .sheetCells('Summary')
      .map((c) => String(c.input))
      .join('\n');
    for (const sl of contract.serviceLevels) expect(text).toContain(bandTableName(sl, contract));
    expect(text).toContain('OM_AtRiskAmount');
    expect(text).toContain('OM_MonthlyCharges');
    for (const fn of ['ATTAINMENT', 'STATUS', 'PAYOUT', 'NETFEES'])
      expect(text).toContain(`=OUTCOME.${fn}(`);
    // CREDIT's all-or-nothing credit would contradict the bands' payouts beside it.
    expect(text).not.toContain('OUTCOME.CREDIT(');
  });
});
