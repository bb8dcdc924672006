import { conventionFor } from '../../../src/engine/rules/numberText';
import { amountListText } from '../../../src/taskpane/fields/numberListText';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error');

describe('amountListText', () => {
  it('reads amounts grouped as each convention groups them, separated by ;', () => {
    expect(value(amountListText.parse('204,000; 210,000'))).toEqual([204_000, 210_000]);
    expect(value(amountListText.parse('204000;210000.5\n215000'))).toEqual([
      204_000, 210_000.5, 215_000,
    ]);
    const german = conventionFor('de-DE');
    expect(value(amountListText.parse('204.000; 210.000,5', german))).toEqual([204_000, 210_000.5]);
  });

  it('refuses a comma list instead of reading it as separate numbers', () => {
    // "204, 000" would be two amounts in a list of numbers; as money it is a mistake to name.
    const parsed = amountListText.parse('204, 000; 210,000');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toBe('"204, 000" is not an amount: separate years with ;');
    expect(amountListText.parse(' ; ').ok).toBe(false);
  });

  it('writes amounts back as a text box shows them', () => {
    expect(amountListText.format([204_000, 210_000.5])).toBe('204000; 210000.5');
    expect(amountListText.format([204_000, 210_000.5], conventionFor('de-DE'))).toBe(
      '204000; 210000,5',
    );
  });
});
