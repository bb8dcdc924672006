import { type BreakEvenResult } from '../../../src/engine/analyses/breakEven';
import { conventionFor } from '../../../src/engine/rules/numberText';
import { tickLabel } from '../../../src/taskpane/bands/chartScale';
import { breakEvenText } from '../../../src/taskpane/compare/breakEvenText';
import { levelText } from '../../../src/taskpane/compare/resultText';

const availability = { id: 'a', name: 'Availability', unit: '%' };
const hours = { id: 'h', name: 'Resolution', unit: 'h' };
const money = (x: number) => `€${Math.round(x)}`;
const result = (value: Partial<BreakEvenResult>) => ({
  ok: true as const,
  value: {
    serviceLevelId: 'a',
    level: 99.6,
    net: 0,
    targetNet: 0,
    bracket: { lower: 99.59, upper: 99.61, netAtLower: -5, netAtUpper: 5 },
    evaluations: 12,
    searchRange: { lower: 0, upper: 100 },
    ...value,
  },
});

describe('the break-even sentence', () => {
  it('states the level and the net there, a percentage without a space and other units with one', () => {
    expect(breakEvenText(result({}), availability, 30_000, money)).toBe(
      'Availability breaks even at 99.6%: the expected net there is €0 (target €0).',
    );
    expect(breakEvenText(result({ level: 6.25 }), hours, 30_000, money)).toBe(
      'Resolution breaks even at 6.25 h: the expected net there is €0 (target €0).',
    );
  });

  it('writes the levels with the reader’s decimal mark', () => {
    const german = conventionFor('de-DE');
    expect(breakEvenText(result({ level: 6.25 }), hours, 30_000, money, german)).toBe(
      'Resolution breaks even at 6,25 h: the expected net there is €0 (target €0).',
    );
    expect(tickLabel(99.5, german)).toBe('99,5');
    expect(levelText(99.123456789, german)).toBe('99,1235');
  });

  it('gives the simulated net there ± its 95 % interval, in the reader’s convention', () => {
    const withInterval = result({ net: 12.4, netInterval: { low: -2_333.6, high: 2_358.4 } });
    // The wider side: 2,358.4 − 12.4 = 2,346.
    expect(breakEvenText(withInterval, availability, 30_000, money)).toBe(
      'Availability breaks even at 99.6%: the expected net there is €12 ± 2,346 (target €0).',
    );
    expect(breakEvenText(withInterval, availability, 30_000, money, conventionFor('de-DE'))).toBe(
      'Availability breaks even at 99,6%: the expected net there is €12 ± 2.346 (target €0).',
    );
  });

  it('treats a small miss as the granularity of the trials', () => {
    expect(breakEvenText(result({ net: -0.63 }), availability, 30_000, money)).not.toMatch(/jumps/);
  });

  it('says where the net jumps past the target when no level reaches it', () => {
    const jump = result({
      level: 99.5,
      net: -1_500,
      bracket: { lower: 99.4999, upper: 99.5, netAtLower: -1_500, netAtUpper: 10_800 },
    });
    expect(breakEvenText(jump, availability, 30_000, money)).toBe(
      'Availability breaks even at 99.5%: the expected net there is €-1500 (target €0). The expected net jumps there, from €-1500 at 99.4999% to €10800 at 99.5%.',
    );
  });

  it('passes the engine’s reason through when there is no break-even', () => {
    const none = {
      ok: false as const,
      error: { code: 'na' as const, message: 'No break-even for Availability between 0 and 100' },
    };
    expect(breakEvenText(none, availability, 30_000, money)).toBe(
      'No break-even for Availability between 0 and 100',
    );
  });
});
