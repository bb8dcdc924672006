/**
 * Money in the contract currency, in the user's locale. Full precision stays in the model; this
 * rounds only for display, to the currency's usual minor unit.
 */
export function formatMoney(
  amount: number,
  currency: string,
  options: { compact?: boolean; signed?: boolean; whole?: boolean } = {},
): string {
  const style: Intl.NumberFormatOptions = options.compact
    ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
    : { style: 'currency', currency };
  // A difference shows its sign, so "+€2,700.00" and "−€2,700.00" read as more and less; zero stays "€0.00".
  if (options.signed) style.signDisplay = 'exceptZero';
  // Simulated figures are estimates: whole units, not cents that would suggest a precision they lack.
  if (options.whole) Object.assign(style, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  // What rounds to zero is shown as zero, never "-€0".
  const smallest = options.whole || options.compact ? 0.5 : 0.005;
  const shown = Math.abs(amount) < smallest ? 0 : amount;
  try {
    return new Intl.NumberFormat(undefined, style).format(shown);
  } catch (e) {
    // A code Intl does not accept (the user is still typing it) must not break the whole pane.
    if (e instanceof RangeError) return `${amount.toFixed(2)} ${currency}`;
    throw e;
  }
}
