/**
 * The money rules of moneyRules.ts written as Excel formulas over cell references, so a sheet shows
 * the same steps the engine takes, and a reader can audit each. Plain worksheet functions only (IF,
 * ISNUMBER, arithmetic): they open in any Excel or viewer. test/engine/rules/moneyFormulas.test.ts
 * evaluates each against its rule.
 */
export const moneyFormulas = {
  /** payoutBeforeCaps: rate × allocated amount; no rate (not measured, a key measurement) pays 0. */
  payoutBeforeCaps: (rate: string, allocatedAmount: string) =>
    `IF(ISNUMBER(${rate}),${rate}*${allocatedAmount},0)`,
  /** creditPart: a negative payout is a credit. */
  creditPart: (payout: string) => `IF(${payout}<0,-${payout},0)`,
  /** incentivePart: a positive payout is an incentive. */
  incentivePart: (payout: string) => `IF(${payout}>0,${payout},0)`,
  /** capScale: 1 when the total fits the cap, cap ÷ total when not, 0 when nothing is allowed. */
  capScale: (total: string, cap: string) => `IF(${total}<=${cap},1,IF(${cap}>0,${cap}/${total},0))`,
  /** incentiveRoom: the smaller of the monthly cap and what the annual cap leaves, never negative; null caps are absent. */
  incentiveRoom: (monthlyCap: string | null, annualCap: string | null, paidThisYear: string) => {
    const caps = [monthlyCap, annualCap === null ? null : `${annualCap}-${paidThisYear}`].filter(
      (x): x is string => x !== null,
    );
    if (caps.length === 0) return null;
    // IF rather than MIN/MAX: the browser workbench's formula evaluator has no MIN or MAX.
    const smaller = caps.length === 1 ? caps[0] : `IF(${caps[0]}<${caps[1]},${caps[0]},${caps[1]})`;
    return `IF(${smaller}<0,0,${smaller})`;
  },
  /** The smaller of an amount and its cap (Math.min); a null cap is none. */
  cappedAt: (amount: string, cap: string | null) =>
    cap === null ? amount : `IF(${amount}<${cap},${amount},${cap})`,
  /**
   * The invoice adjustment, provider's view: incentives − credits + earnback, + the commercial
   * levers when the statement has them (volume charges, the settled gain/pain share; statementLevers.ts).
   */
  invoiceAdjustment: (incentives: string, credits: string, earnback: string, levers?: string) =>
    `${incentives}-${credits}+${earnback}${levers === undefined ? '' : `+${levers}`}`,
  /** invoiceCents: the invoice line rounded to cents. */
  invoiceCents: (amount: string) => `ROUND(${amount},2)`,
} as const;
