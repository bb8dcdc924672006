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
import { type TermDetail, type TermTotals, type TermWorkspace } from './termWorkspace';

export {
  createDetail,
  createWorkspace,
  type TermDetail,
  type TermTotals,
  type TermWorkspace,
} from './termWorkspace';

/**
 * Evaluates a compiled contract over its term for one performance path: attainment, band payouts,
 * credits capped pro rata at the at-risk amount, incentives under monthly and annual caps,
 * earnback and the yearly ratchet. Performance is laid out service-level-major:
 * perf[s * months + m]; NaN means not measured (no money, not met).
 * The pane, the simulation and the service review all call this one function; it applies the
 * rules of moneyRules.ts, earnback.ts, status.ts, bands.ts and ratchet.ts and states none itself.
 *
 * Three passes, because only the monthly caps tie service levels together: each service level's
 * payouts over the term (its constants and its ratchet in locals, its performance read in order),
 * then the caps month by month, then each service level's totals and annual earnback. Every sum
 * adds the same values in the same order as a month-by-month loop would, so the figures are the
 * same to the bit.
 */

/** The rate a service level's band table (at `start`, `count` rows) gives the band input x. */
function tableRate(
  bounds: Float64Array,
  thresholds: Float64Array,
  rates: Float64Array,
  start: number,
  count: number,
  linear: boolean,
  x: number,
): number {
  return linear
    ? linearRateIn(bounds, rates, start, count, x)
    : rates[bandIndex(thresholds, start, count, x)];
}

/** Pass 1: service level s's payouts before caps, month by month, and which years earn back. */
function levelPayouts(
  c: CompiledContract,
  perf: Float64Array,
  ws: TermWorkspace,
  s: number,
  windowed: boolean,
  detail: TermDetail | undefined,
): void {
  const n = c.slCount;
  const months = c.months;
  const base = s * months;
  // The service level's terms in locals: this loop runs ~10^8 times per simulation.
  const higher = c.higher[s] === 1;
  const critical = c.critical[s] === 1;
  const onAttainment = c.basisAttainment[s] === 1;
  const linear = c.linear[s] === 1;
  const start = c.bandStart[s];
  const count = c.bandCount[s];
  const amountPerRate = c.allocatedAmount[s];
  const { bandBounds, bandThresholds, bandRates, ratchet } = c;
  const { monthCredit, monthIncentive, yearEarnsBack: earnsBack } = ws;
  const years = earnsBack.length / n;
  let level = c.expected[s];
  for (let yearStart = 0, year = 0; yearStart < months; yearStart += MONTHS_PER_YEAR, year++) {
    if (ratchet !== null && yearStart > 0) {
      level = ratchetLevel(
        level,
        perf,
        base + yearStart - MONTHS_PER_YEAR,
        base + yearStart,
        ratchet,
        c.directions[s],
        c.perfect[s],
      );
    }
    const yearEnd = Math.min(yearStart + MONTHS_PER_YEAR, months);
    let attainmentSum = 0;
    let measured = 0;
    for (let m = yearStart; m < yearEnd; m++) {
      const p = perf[base + m];
      let credit = 0;
      let incentive = 0;
      if (p === p) {
        const att = attainmentRatio(p, level, higher);
        attainmentSum += att;
        measured++;
        if (critical) {
          // bandInput(p, level, higher, onAttainment), with the attainment already at hand.
          const x = onAttainment ? att : p;
          const rate = tableRate(bandBounds, bandThresholds, bandRates, start, count, linear, x);
          const amount = payoutBeforeCaps(rate, amountPerRate);
          credit = creditPart(amount);
          incentive = incentivePart(amount);
        }
      }
      monthCredit[m * n + s] = credit;
      monthIncentive[m * n + s] = incentive;
    }
    earnsBack[s * years + year] = yearEarnsBack(attainmentSum, measured) ? 1 : 0;
    // Kept out of the loop above, which runs for every trial: fewer values live in it.
    if (windowed || detail) levelYearDetail(c, perf, ws, s, yearStart, yearEnd, level, detail);
  }
}

/**
 * What the months of one year of service level s met (for windowed earnback) and, when asked, their
 * attainment, status and band rate, by the same rules as levelPayouts.
 */
function levelYearDetail(
  c: CompiledContract,
  perf: Float64Array,
  ws: TermWorkspace,
  s: number,
  yearStart: number,
  yearEnd: number,
  level: number,
  detail: TermDetail | undefined,
): void {
  const base = s * c.months;
  const higher = c.higher[s] === 1;
  const start = c.bandStart[s];
  const count = c.bandCount[s];
  for (let i = base + yearStart; i < base + yearEnd; i++) {
    const p = perf[i];
    const measured = p === p;
    ws.metHistory[i] = measured && meets(p, level, higher) ? 1 : 0;
    if (!detail) continue;
    detail.expected[i] = level;
    if (!measured) {
      detail.attainment[i] = NaN;
      detail.status[i] = STATUS_NOT_MEASURED;
      detail.rate[i] = NaN;
      continue;
    }
    const att = attainmentRatio(p, level, higher);
    const x = c.basisAttainment[s] === 1 ? att : p;
    detail.attainment[i] = att;
    detail.status[i] = statusCode(p, level, c.minimum[s], higher);
    detail.rate[i] =
      c.critical[s] === 1
        ? tableRate(c.bandBounds, c.bandThresholds, c.bandRates, start, count, c.linear[s] === 1, x)
        : 0;
  }
}

/** Pass 2: each month's credits capped at the at-risk amount and incentives at their caps. */
function capMonths(c: CompiledContract, ws: TermWorkspace, detail: TermDetail | undefined): void {
  const n = c.slCount;
  const months = c.months;
  const { monthCredit, monthIncentive } = ws;
  const atRisk = c.atRisk;
  let credits = 0;
  let incentives = 0;
  let capHitMonths = 0;
  for (let yearStart = 0; yearStart < months; yearStart += MONTHS_PER_YEAR) {
    const yearEnd = Math.min(yearStart + MONTHS_PER_YEAR, months);
    let yearIncentives = 0;
    for (let m = yearStart; m < yearEnd; m++) {
      const from = m * n;
      let monthCredits = 0;
      let monthIncentives = 0;
      for (let k = from; k < from + n; k++) {
        monthCredits += monthCredit[k];
        monthIncentives += monthIncentive[k];
      }
      const capHit = capReached(monthCredits, atRisk);
      if (monthCredits > atRisk) monthCredits = capProRata(monthCredit, from, n, atRisk);
      const room = incentiveRoom(c.incentiveCapMonthly, c.incentiveCapAnnual, yearIncentives);
      if (monthIncentives > room) monthIncentives = capProRata(monthIncentive, from, n, room);
      yearIncentives += monthIncentives;
      if (capHit) capHitMonths++;
      credits += monthCredits;
      incentives += monthIncentives;
      if (detail) detail.capHit[m] = capHit ? 1 : 0;
    }
  }
  const t = ws.totals;
  t.credits = credits;
  t.incentives = incentives;
  t.capHitMonths = capHitMonths;
}

/** Pass 3: service level s's totals after caps and its annual-average earnback. */
function levelTotals(
  c: CompiledContract,
  ws: TermWorkspace,
  s: number,
  annualEarnback: boolean,
  windowed: boolean,
  detail: TermDetail | undefined,
): void {
  const n = c.slCount;
  const months = c.months;
  const base = s * months;
  const { monthCredit, monthIncentive, creditHistory, yearEarnsBack: earnsBack, yearEarned } = ws;
  const years = yearEarned.length;
  let credits = 0;
  let incentives = 0;
  let earned = 0;
  for (let yearStart = 0, year = 0; yearStart < months; yearStart += MONTHS_PER_YEAR, year++) {
    const yearEnd = Math.min(yearStart + MONTHS_PER_YEAR, months);
    let yearCredit = 0;
    for (let m = yearStart; m < yearEnd; m++) {
      const credit = monthCredit[m * n + s];
      const incentive = monthIncentive[m * n + s];
      credits += credit;
      incentives += incentive;
      yearCredit += credit;
      if (windowed) creditHistory[base + m] = credit;
      if (detail) {
        detail.credit[base + m] = credit;
        detail.incentive[base + m] = incentive;
      }
    }
    if (annualEarnback && earnsBack[s * years + year] === 1) {
      yearEarned[year] += yearCredit;
      earned += yearCredit;
      if (detail) detail.earnback[base + yearEnd - 1] += yearCredit;
    }
  }
  ws.slCredits[s] = credits;
  ws.slIncentives[s] = incentives;
  ws.slEarnback[s] = earned;
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
  const windowed = c.earnbackMode === 'all' || c.earnbackMode === 'prorata';
  const annualEarnback = c.earnbackMode === 'annualAverage';
  if (detail) detail.earnback.fill(0);
  for (let s = 0; s < n; s++) levelPayouts(c, perf, ws, s, windowed, detail);
  capMonths(c, ws, detail);
  const yearEarned = ws.yearEarned;
  yearEarned.fill(0);
  for (let s = 0; s < n; s++) levelTotals(c, ws, s, annualEarnback, windowed, detail);
  // Year by year, as the contract pays it: the same order of additions as a month-by-month loop.
  let earnback = 0;
  for (let y = 0; y < yearEarned.length; y++) earnback += yearEarned[y];
  if (windowed) earnback += windowedEarnback(c, ws, detail);
  const t = ws.totals;
  t.earnback = earnback;
  t.net = t.incentives - t.credits + earnback;
  return t;
}
