import { HyperFormula } from 'hyperformula';
import { compileContract } from '../src/engine/terms/compiledContract';
import { atRiskAmount, monthlyIncentiveCap } from '../src/engine/terms/contract';
import { generatePath } from '../src/engine/simulation/performancePath';
import { RandomStream } from '../src/engine/simulation/randomStream';
import {
  referenceContract,
  referenceProposal,
  referenceScenario,
} from '../src/engine/simulation/referenceContract';
import { unwrap } from '../src/engine/rules/result';
import { prepareSimulation } from '../src/engine/simulation/simulationSetup';
import { createWorkspace, evaluateTerm } from '../src/engine/terms/termEvaluator';

/**
 * "The spreadsheet way": the reference contract written as ordinary worksheet formulas — an IF
 * chain per SL-month for the bands, SUMIF totals per month for the at-risk cap, AVERAGE/SUM per
 * year for earnback — recalculated by a formula engine (HyperFormula, GPL, a devDependency only)
 * once per trial, on exactly the performance paths the engine simulates.
 */
const MONTHS = 36;
const col = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Column layout: A expected, B higher?, C allocated money, then 36-month blocks. */
const P = 3;
const ATT = P + MONTHS;
const AMT = ATT + MONTHS;
const CAPPED = AMT + MONTHS;
const EARNBACK = CAPPED + MONTHS;

function buildSheet(): (string | number)[][] {
  const contract = referenceContract();
  const atRisk = atRiskAmount(contract);
  const cap = monthlyIncentiveCap(contract);
  const n = contract.serviceLevels.length;
  const rows: (string | number)[][] = [];
  const rawRow = n + 1; // 1-based sheet rows: SLs on 1..n, then month totals
  const scaleRow = n + 2;
  const incentiveRow = n + 3;
  const creditRow = n + 4;
  contract.serviceLevels.forEach((sl, s) => {
    const r = s + 1;
    const row: (string | number)[] = [
      sl.expected,
      sl.direction === 'higher' ? 1 : 0,
      sl.allocation * atRisk,
    ];
    for (let m = 0; m < MONTHS; m++) row[P + m] = 0;
    for (let m = 0; m < MONTHS; m++)
      row[ATT + m] = `=IF($B${r}=1,${col(P + m)}${r}/$A${r},$A${r}/${col(P + m)}${r})`;
    for (let m = 0; m < MONTHS; m++) {
      const a = `${col(ATT + m)}${r}`;
      row[AMT + m] =
        `=IF(${a}<0.97,-1,IF(${a}<0.985,-0.5,IF(${a}<1,-0.25,IF(${a}<1.01,0,0.1))))*$C${r}`;
    }
    for (let m = 0; m < MONTHS; m++)
      row[CAPPED + m] = `=MAX(0,-${col(AMT + m)}${r})*${col(AMT + m)}$${scaleRow}`;
    for (let y = 0; y < MONTHS / 12; y++) {
      const att = `${col(ATT + 12 * y)}${r}:${col(ATT + 12 * y + 11)}${r}`;
      const capped = `${col(CAPPED + 12 * y)}${r}:${col(CAPPED + 12 * y + 11)}${r}`;
      row[EARNBACK + y] = `=IF(AVERAGE(${att})>=1,SUM(${capped}),0)`;
    }
    rows.push(row);
  });
  const totals = (make: (m: number) => string) => {
    const row: (string | number)[] = [];
    for (let m = 0; m < MONTHS; m++) row[AMT + m] = make(m);
    return row;
  };
  const amt = (m: number) => `${col(AMT + m)}1:${col(AMT + m)}${n}`;
  rows.push(totals((m) => `=-SUMIF(${amt(m)},"<0")`));
  rows.push(
    totals((m) => `=IF(${col(AMT + m)}${rawRow}>${atRisk},${atRisk}/${col(AMT + m)}${rawRow},1)`),
  );
  rows.push(totals((m) => `=MIN(SUMIF(${amt(m)},">0"),${cap})`));
  rows.push(totals((m) => `=MIN(${col(AMT + m)}${rawRow},${atRisk})`));
  const net = `=SUM(${col(AMT)}${incentiveRow}:${col(AMT + MONTHS - 1)}${incentiveRow})-SUM(${col(AMT)}${creditRow}:${col(AMT + MONTHS - 1)}${creditRow})+SUM(${col(EARNBACK)}1:${col(EARNBACK + 2)}${n})`;
  rows.push([net]);
  return rows.map(
    (r) =>
      Array.from({ length: Math.max(r.length, 1) }, (_, i) => r[i] ?? null) as (string | number)[],
  );
}

export interface FormulaEngineFigures {
  trials: number;
  trialsPerSec: number;
  /** Largest |formula net − engine net| over the trials: proof both compute the same model. */
  maxDifference: number;
}

export function benchFormulaEngine(trials: number): FormulaEngineFigures {
  const contract = referenceContract();
  const n = contract.serviceLevels.length;
  const hf = HyperFormula.buildFromArray(buildSheet(), {
    licenseKey: 'gpl-v3',
    useColumnIndex: true,
  });
  const netRow = n + 4;
  const sim = unwrap(
    prepareSimulation({
      proposals: [referenceProposal()],
      scenario: referenceScenario(),
      trials,
      seed: 1,
    }),
  );
  const compiled = unwrap(compileContract(contract));
  const ws = createWorkspace(compiled);
  const stream = new RandomStream(sim.seed);
  const paths: number[][][] = [];
  const engineNets: number[] = [];
  for (let t = 0; t < trials; t++) {
    generatePath(sim.plan, stream, t, sim.path);
    paths.push(
      Array.from({ length: n }, (_, s) =>
        Array.from(sim.path.subarray(s * MONTHS, (s + 1) * MONTHS)),
      ),
    );
    engineNets.push(evaluateTerm(compiled, sim.path, ws).net);
  }
  let maxDifference = 0;
  const start = performance.now();
  for (let t = 0; t < trials; t++) {
    hf.setCellContents({ sheet: 0, col: P, row: 0 }, paths[t]);
    const net = hf.getCellValue({ sheet: 0, col: 0, row: netRow }) as number;
    maxDifference = Math.max(maxDifference, Math.abs(net - engineNets[t]));
  }
  const seconds = (performance.now() - start) / 1000;
  hf.destroy();
  return { trials, trialsPerSec: trials / seconds, maxDifference };
}
