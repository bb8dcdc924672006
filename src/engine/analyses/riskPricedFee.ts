import { type SimulationHooks } from '../simulation/monteCarlo';
import { fail, ok, type Result } from '../rules/result';
import { sketchQuantile } from '../simulation/quantileSketch';
import { DEFAULT_TRIALS } from '../simulation/simulationSetup';
import { summariseProposal } from '../simulation/simulationSummary';
import { hasInterval, type Interval, NO_INTERVAL, quantileInterval } from '../simulation/precision';
import { type ProposalTally } from '../simulation/proposalTally';
import { chosenProposal, RunSequence, type WhatIfBase } from './whatIf';

/**
 * Risk-priced fee: the monthly fee at which the provider keeps its target margin with a chosen
 * confidence, given the simulated credits and incentives.
 *
 * With F the monthly fee, C the monthly cost base, M the term in months and margin measured on the
 * contract charges (revenue R = F·M), the provider's profit over the term is F·M + N − C·M, where
 * N is the service-level net payout. The at-risk amount, the pool allocations and the incentive
 * caps are all shares of the charges and the bands depend on performance only, so N = F·n with
 * n the net per unit of monthly charge — one simulation at a fee of 1 gives n's distribution.
 * Requiring profit ≥ margin·F·M with probability c:
 *   P(F·M + F·n − C·M ≥ margin·F·M) = c  ⇔  P(n ≥ C·M/F − (1 − margin)·M) = c
 *   ⇔  C·M/F − (1 − margin)·M = q₁₋c(n)  ⇔  F = C·M / ((1 − margin)·M + q₁₋c(n)),
 * where q₁₋c is the (1 − c)-quantile (profit rises with F, so the least such fee is this one).
 * No fee reaches the margin when the denominator is ≤ 0: at that confidence the service-level money
 * takes at least (1 − margin) of the charges. Gain share is settled on costs, not on the fee, so it
 * is left out of the margin; it is included in the customer's cost.
 */

export interface RiskPricedFeeRequest extends WhatIfBase {
  /** The provider's monthly cost base. */
  readonly monthlyCost: number;
  /** Target margin on the charges, 0 ≤ margin < 1 (0.15 = 15%). */
  readonly targetMargin: number;
  /** Probability that the margin is at least the target: 0.5 (P50), 0.8, 0.9 … */
  readonly confidence: number;
}

export interface RiskPricedFee {
  readonly monthlyFee: number;
  readonly termMonths: number;
  /** q₁₋c of the net payout per unit of monthly charge. */
  readonly netPerUnitCharge: number;
  /** Margin on the charges at the fee: expected, and the one reached with the chosen confidence. */
  readonly expectedMargin: number;
  readonly marginAtConfidence: number;
  /** The customer's total cost over the term at the fee (charges + net payout + gain share). */
  readonly customerExpectedCost: number;
  readonly customerP95Cost: number;
  /** 95 % Monte Carlo intervals of the figures above; absent in runs kept before they existed. */
  readonly precision?: RiskPricedFeePrecision;
}

/**
 * How precisely the trials pinned the fee and its figures down. The fee is F(q) for a simulated
 * quantile q, and F falls as q rises, so the order-statistic interval [q_low, q_high] of q maps to
 * [F(q_high), F(q_low)]. Where the denominator (1 − margin)·M + q_low is ≤ 0 — the quantile could
 * be low enough that no fee reaches the margin — the fee's interval has no upper end (Infinity).
 * The margins are increasing in the net at the fee, so they map their net's interval end to end.
 */
export interface RiskPricedFeePrecision {
  readonly monthlyFee: Interval;
  readonly expectedMargin: Interval;
  readonly marginAtConfidence: Interval;
  readonly customerExpectedCost: Interval;
  readonly customerP95Cost: Interval;
}

export function riskPricedFee(
  request: RiskPricedFeeRequest,
  hooks: SimulationHooks = {},
): Result<RiskPricedFee> {
  const { confidence, ...rest } = request;
  const priced = riskPricedFees({ ...rest, confidences: [confidence] }, hooks);
  return priced.ok ? priced.value[0] : priced;
}

export interface RiskPricedFeesRequest extends Omit<RiskPricedFeeRequest, 'confidence'> {
  readonly confidences: readonly number[];
}

/**
 * The fee at several confidences for the work of about one: the run at a fee of 1 is the same for
 * every confidence, so it is simulated once, and the re-simulations at the fees found share one
 * pass of the paths (each proposal's figures are those of a run of it alone, bit for bit). One
 * result per confidence, in order; a confidence no fee reaches fails on its own. The outer result
 * fails when the request is invalid or the run is cancelled.
 */
export function riskPricedFees(
  request: RiskPricedFeesRequest,
  hooks: SimulationHooks = {},
): Result<Result<RiskPricedFee>[]> {
  const { monthlyCost: cost, targetMargin: margin, confidences } = request;
  if (!(Number.isFinite(cost) && cost > 0))
    return fail('value', `Monthly cost must be a positive number, not ${cost}`);
  if (!(Number.isFinite(margin) && margin >= 0 && margin < 1))
    return fail('value', `Target margin must be from 0% up to (not including) 100%, not ${margin}`);
  for (const confidence of confidences)
    if (!(Number.isFinite(confidence) && confidence > 0 && confidence < 1))
      return fail('value', `Confidence must be strictly between 0 and 1, not ${confidence}`);
  const proposal = chosenProposal(request);
  if (!proposal.ok) return proposal;
  const contract = proposal.value.contract;
  const months = contract.termMonths;
  const config = request.simulation;
  // Two passes: at a fee of 1, then every fee found at once.
  const runs = new RunSequence(hooks, config.trials ?? DEFAULT_TRIALS, 2);

  // Net per unit of monthly charge: the same contract at a fee of 1.
  const unit = runs.runTally(config, {
    ...proposal.value,
    contract: { ...contract, monthlyCharges: 1, gainShare: undefined },
  });
  if (!unit.ok) return unit;
  const feeAt = (quantile: number) =>
    feeForQuantile(cost * months, (1 - margin) * months, quantile);
  const quantiles = confidences.map((confidence) => sketchQuantile(unit.value.net, 1 - confidence));
  const results: Result<RiskPricedFee>[] = confidences.map((confidence, i) => {
    const q = quantiles[i];
    return fail(
      'num',
      `No fee reaches a ${round1(margin * 100)}% margin with ${round1(confidence * 100)}% confidence: at that confidence ` +
        `credits net of incentives take ${round1((-q / months) * 100)}% of the charges, more than the ${round1((1 - margin) * 100)}% left after the margin`,
    );
  });
  const priced = confidences.flatMap((_, i) => (feeAt(quantiles[i]) === Infinity ? [] : [i]));
  if (priced.length === 0) return ok(results);

  // Re-simulated at each fee: the customer's cost (with gain share) and the margins actually reached.
  const atFees = runs.runTallies(
    config,
    priced.map((i) => ({
      ...proposal.value,
      id: `${proposal.value.id}\u0000fee${i}`,
      contract: { ...contract, monthlyCharges: feeAt(quantiles[i]) },
    })),
  );
  if (!atFees.ok) return atFees;
  priced.forEach((i, k) => {
    const fee = feeAt(quantiles[i]);
    results[i] = ok(
      pricedFigures(
        fee,
        months,
        cost,
        confidences[i],
        quantiles[i],
        unit.value,
        atFees.value[k],
        feeAt,
      ),
    );
  });
  return ok(results);
}

/** The figures of one fee from the run at a fee of 1 and the run at the fee. */
function pricedFigures(
  fee: number,
  months: number,
  cost: number,
  confidence: number,
  q: number,
  unit: ProposalTally,
  atFee: ProposalTally,
  feeAt: (quantile: number) => number,
): RiskPricedFee {
  const outcome = summariseProposal(atFee);
  const charges = fee * months;
  const marginOf = (net: number) => marginOnCharges(charges, net, cost * months);
  const qAtFee = sketchQuantile(atFee.net, 1 - confidence);
  const qInterval = quantileInterval(unit.net, 1 - confidence, q);
  const mapped = (i: Interval, f: (x: number) => number): Interval =>
    hasInterval(i) ? { low: f(i.low), high: f(i.high) } : NO_INTERVAL;
  const precision: RiskPricedFeePrecision = {
    // Decreasing in q: the high quantile gives the low fee.
    monthlyFee: hasInterval(qInterval)
      ? { low: feeAt(qInterval.high), high: feeAt(qInterval.low) }
      : NO_INTERVAL,
    expectedMargin: mapped(outcome.net.precision.mean, marginOf),
    marginAtConfidence: mapped(quantileInterval(atFee.net, 1 - confidence, qAtFee), marginOf),
    customerExpectedCost: outcome.customerCost.precision.mean,
    customerP95Cost: outcome.customerCost.precision.p95,
  };
  return {
    monthlyFee: fee,
    termMonths: months,
    netPerUnitCharge: q,
    expectedMargin: marginOf(outcome.net.mean),
    marginAtConfidence: marginOf(qAtFee),
    customerExpectedCost: outcome.customerCost.mean,
    customerP95Cost: outcome.customerCost.p95,
    precision,
  };
}

/**
 * F = C·M / ((1 − margin)·M + q): the least fee keeping the margin at the quantile q of the net per
 * unit of charge; Infinity when the denominator is ≤ 0 (no fee reaches the margin).
 */
function feeForQuantile(costOverTerm: number, keptShareOfTerm: number, q: number): number {
  const denominator = keptShareOfTerm + q;
  return denominator > 0 ? costOverTerm / denominator : Infinity;
}

/**
 * The provider's margin on the contract charges over the term: (charges + service-level net − cost)
 * / charges. Gain share is settled on costs, not on the fee, so it is not part of it.
 */
export function marginOnCharges(charges: number, net: number, cost: number): number {
  return (charges + net - cost) / charges;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
