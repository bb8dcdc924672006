import { conventionFor, ENGLISH_NUMBERS } from '../../../src/engine/rules/numberText';
import { NO_INTERVAL } from '../../../src/engine/simulation/precision';
import { feeCellText, marginPlusMinusText } from '../../../src/taskpane/compare/feePrecisionText';

const money = (x: number) => `€${Math.round(x)}`;
const german = conventionFor('de-DE');

describe('the risk-priced fee with its 95 % interval', () => {
  it('gives the fee ± the wider side of its uneven interval', () => {
    // 10,000 − 9,880 = 120 below, 10,150 − 10,000 = 150 above: ± 150.
    expect(feeCellText(10_000, { low: 9_880, high: 10_150 }, money, ENGLISH_NUMBERS)).toBe(
      '€10000 ± 150',
    );
    expect(feeCellText(10_000, { low: 8_000, high: 11_234 }, money, german)).toBe('€10000 ± 2.000');
  });

  it('says the interval has no upper end when no fee keeps the margin at its low quantile', () => {
    expect(feeCellText(10_000, { low: 9_500, high: Infinity }, money, german)).toBe(
      '€10000, 95 %: €9500 or more',
    );
  });

  it('shows the fee alone for a run kept without intervals, or an exact one', () => {
    expect(feeCellText(10_000, undefined, money, german)).toBe('€10000');
    expect(feeCellText(10_000, NO_INTERVAL, money, german)).toBe('€10000');
    expect(feeCellText(10_000, { low: 10_000, high: 10_000 }, money, german)).toBe('€10000');
  });

  it('gives a margin ± percentage points: one decimal, two under a tenth of a point', () => {
    expect(marginPlusMinusText(0.15, { low: 0.146, high: 0.1535 }, german)).toBe(' ± 0,4 %');
    expect(marginPlusMinusText(0.15, { low: 0.146, high: 0.1535 }, ENGLISH_NUMBERS)).toBe(
      ' ± 0.4%',
    );
    expect(marginPlusMinusText(0.15, { low: 0.1498, high: 0.1503 }, german)).toBe(' ± 0,03 %');
    // A margin known to less than a hundredth of a point is not shown as "± 0 %".
    expect(marginPlusMinusText(0.15, { low: 0.14998, high: 0.15002 }, german)).toBe(' ± < 0,01 %');
    expect(marginPlusMinusText(0.15, undefined, german)).toBe('');
  });
});
