import { attainmentRatio } from '../rules/attainment';
import { bandIndex, linearRateIn } from '../rules/bands';
import { type CompiledContract } from './compiledContract';
import { MONTHS_PER_YEAR } from './contract';
import { capProRata } from '../rules/credits';
import { windowEarnback } from '../rules/earnback';
import {
  capReached,
  creditPart,
  incentivePart,
  incentiveRoom,
  payoutBeforeCaps,
  yearEarnsBack,
} from '../rules/moneyRules';
import { ratchetLevel } from '../rules/ratchet';
import { meets, STATUS_NOT_MEASURED, statusCode } from '../rules/status';

/**
 * Evaluates a compiled contract over its term for one performance path: attainment, band payouts,
 * credits capped pro rata at the at-risk amount, incentives under monthly and annual caps,
 * earnback and the yearly ratchet. Performance is laid out service-level-major:
 * perf[s * months + m]; NaN means not measured (no money, not met).
 * The pane, the simulation and the service review all call this one function; it applies the
 * rules of moneyRules.ts, earnback.ts, status.ts, bands.ts and ratchet.ts and states none itself.
 */

export interface TermTotals {
  credits: number;
  incentives: number;
  earnback: number;
  /** Provider's net payout: incentives − credits + earnback. */
  net: number;
  /** Months whose credits reached the at-risk amount. */
  capHitMonths: number;
}

/** Buffers reused across evaluations so a simulation allocates nothing per trial. */
export interface TermWorkspace {
  readonly expected: Float64Array;
  readonly credit: Float64Array;
  readonly incentive: Float64Array;
  readonly yearCredit: Float64Array;
  readonly yearAttainment: Float64Array;
  readonly yearMeasured: Int32Array;
  readonly creditHistory: Float64Array;
  readonly metHistory: Uint8Array;
  readonly slCredits: Float64Array;
  readonly slIncentives: Float64Array;
  readonly slEarnback: Float64Array;
  readonly totals: TermTotals;
}

/** Month-by-month breakdown per service level (index s * months + m), for statements and charts. */
export interface TermDetail {
  readonly expected: Float64Array;
  readonly attainment: Float64Array;
  readonly status: Uint8Array;
  readonly rate: Float64Array;
  readonly credit: Float64Array;
  readonly incentive: Float64Array;
  /** Earnback attributed to the month it becomes due. */
  readonly earnback: Float64Array;
  readonly capHit: Uint8Array; // per month
}

export function createWorkspace(c: CompiledContract): TermWorkspace {
  const n = c.slCount;
  const cells = n * c.months;
  return {
    expected: new Float64Array(n),
    credit: new Float64Array(n),
    incentive: new Float64Array(n),
    yearCredit: new Float64Array(n),
    yearAttainment: new Float64Array(n),
    yearMeasured: new Int32Array(n),
    creditHistory: new Float64Array(cells),
    metHistory: new Uint8Array(cells),
    slCredits: new Float64Array(n),
    slIncentives: new Float64Array(n),
    slEarnback: new Float64Array(n),
    totals: { credits: 0, incentives: 0, earnback: 0, net: 0, capHitMonths: 0 },
  };
}

export function createDetail(c: CompiledContract): TermDetail {
  const cells = c.slCount * c.months;
  return {
    expected: new Float64Array(cells),
    attainment: new Float64Array(cells),
    status: new Uint8Array(cells),
    rate: new Float64Array(cells),
    credit: new Float64Array(cells),
    incentive: new Float64Array(cells),
    earnback: new Float64Array(cells),
    capHit: new Uint8Array(c.months),
  };
}

function applyRatchet(
  c: CompiledContract,
  perf: Float64Array,
  ws: TermWorkspace,
  yearStart: number,
): void {
  const rule = c.ratchet;
  if (rule === null) return;
  for (let s = 0; s < c.slCount; s++) {
    const base = s * c.months;
    const level = ratchetLevel(
      ws.expected[s],
      perf,
      base + yearStart - MONTHS_PER_YEAR,
      base + yearStart,
      rule,
      c.directions[s],
      c.perfect[s],
    );
    ws.expected[s] = level;
  }
}

function closeYear(
  c: CompiledContract,
  ws: TermWorkspace,
  month: number,
  detail: TermDetail | undefined,
): number {
  let earned = 0;
  for (let s = 0; s < c.slCount; s++) {
    const measured = ws.yearMeasured[s];
    if (c.earnbackMode === 'annualAverage' && yearEarnsBack(ws.yearAttainment[s], measured)) {
      earned += ws.yearCredit[s];
      ws.slEarnback[s] += ws.yearCredit[s];
      if (detail) detail.earnback[s * c.months + month] += ws.yearCredit[s];
    }
    ws.yearCredit[s] = 0;
    ws.yearAttainment[s] = 0;
    ws.yearMeasured[s] = 0;
  }
  return earned;
}

/** Earnback over following windows ("all" / "prorata"); windows running past the term are forfeited. */
function windowedEarnback(
  c: CompiledContract,
  ws: TermWorkspace,
  detail: TermDetail | undefined,
): number {
  const w = c.earnbackWindow;
  const months = c.months;
  let earned = 0;
  for (let s = 0; s < c.slCount; s++) {
    const base = s * months;
    for (let m = 0; m + w < months; m++) {
      const credit = ws.creditHistory[base + m];
      if (credit <= 0) continue;
      let met = 0;
      for (let k = 1; k <= w; k++) met += ws.metHistory[base + m + k];
      const amount = windowEarnback(credit, met, w, c.earnbackMode === 'all' ? 'all' : 'prorata');
      if (amount > 0) {
        earned += amount;
        ws.slEarnback[s] += amount;
        if (detail) detail.earnback[base + m + w] += amount;
      }
    }
  }
  return earned;
}

export function evaluateTerm(
  c: CompiledContract,
  perf: Float64Array,
  ws: TermWorkspace,
  detail?: TermDetail,
): TermTotals {
  const n = c.slCount;
  const months = c.months;
  const windowed = c.earnbackMode === 'all' || c.earnbackMode === 'prorata';
  // Arrays in locals: the simulation runs this loop ~10^8 times, and V8 reloads object fields otherwise.
  const {
    higher: higherOf,
    critical,
    basisAttainment,
    linear,
    bandStart,
    bandCount,
    bandBounds,
    bandThresholds,
    bandRates,
    allocatedAmount,
  } = c;
  const {
    expected,
    credit: creditOf,
    incentive: incentiveOf,
    yearAttainment,
    yearMeasured,
    yearCredit,
  } = ws;
  const { metHistory, creditHistory, slCredits, slIncentives } = ws;
  for (let s = 0; s < n; s++) {
    expected[s] = c.expected[s];
    yearCredit[s] = 0;
    yearAttainment[s] = 0;
    yearMeasured[s] = 0;
    slCredits[s] = 0;
    slIncentives[s] = 0;
    ws.slEarnback[s] = 0;
  }
  if (detail) detail.earnback.fill(0);
  let credits = 0;
  let incentives = 0;
  let earnback = 0;
  let capHitMonths = 0;
  let yearIncentives = 0;

  for (let m = 0; m < months; m++) {
    const monthOfYear = m % MONTHS_PER_YEAR;
    if (monthOfYear === 0 && m > 0) {
      applyRatchet(c, perf, ws, m);
      yearIncentives = 0;
    }
    let monthCredits = 0;
    let monthIncentives = 0;
    for (let s = 0; s < n; s++) {
      const i = s * months + m;
      const p = perf[i];
      const higher = higherOf[s] === 1;
      const level = expected[s];
      let credit = 0;
      let incentive = 0;
      if (p === p) {
        const att = attainmentRatio(p, level, higher);
        yearAttainment[s] += att;
        yearMeasured[s]++;
        if (windowed) metHistory[i] = meets(p, level, higher) ? 1 : 0;
        if (critical[s] === 1) {
          // bandInput(p, level, higher, onAttainment), with the attainment already at hand.
          const x = basisAttainment[s] === 1 ? att : p;
          const start = bandStart[s];
          const count = bandCount[s];
          const rate =
            linear[s] === 1
              ? linearRateIn(bandBounds, bandRates, start, count, x)
              : bandRates[bandIndex(bandThresholds, start, count, x)];
          const amount = payoutBeforeCaps(rate, allocatedAmount[s]);
          credit = creditPart(amount);
          incentive = incentivePart(amount);
          if (detail) detail.rate[i] = rate;
        } else if (detail) detail.rate[i] = 0;
        if (detail) {
          detail.attainment[i] = att;
          detail.status[i] = statusCode(p, level, c.minimum[s], higher);
        }
      } else {
        if (windowed) metHistory[i] = 0;
        if (detail) {
          detail.attainment[i] = NaN;
          detail.status[i] = STATUS_NOT_MEASURED;
          detail.rate[i] = NaN;
        }
      }
      creditOf[s] = credit;
      incentiveOf[s] = incentive;
      monthCredits += credit;
      monthIncentives += incentive;
      if (detail) detail.expected[i] = level;
    }
    const capHit = capReached(monthCredits, c.atRisk);
    if (monthCredits > c.atRisk) monthCredits = capProRata(creditOf, 0, n, c.atRisk);
    const room = incentiveRoom(c.incentiveCapMonthly, c.incentiveCapAnnual, yearIncentives);
    if (monthIncentives > room) monthIncentives = capProRata(incentiveOf, 0, n, room);
    yearIncentives += monthIncentives;
    if (capHit) capHitMonths++;
    credits += monthCredits;
    incentives += monthIncentives;
    for (let s = 0; s < n; s++) {
      const i = s * months + m;
      const credit = creditOf[s];
      slCredits[s] += credit;
      slIncentives[s] += incentiveOf[s];
      yearCredit[s] += credit;
      if (windowed) creditHistory[i] = credit;
      if (detail) {
        detail.credit[i] = credit;
        detail.incentive[i] = incentiveOf[s];
      }
    }
    if (detail) detail.capHit[m] = capHit ? 1 : 0;
    if (monthOfYear === MONTHS_PER_YEAR - 1 || m === months - 1)
      earnback += closeYear(c, ws, m, detail);
  }
  if (windowed) earnback += windowedEarnback(c, ws, detail);

  const t = ws.totals;
  t.credits = credits;
  t.incentives = incentives;
  t.earnback = earnback;
  t.net = incentives - credits + earnback;
  t.capHitMonths = capHitMonths;
  return t;
}
