import { conventionFor, ENGLISH_NUMBERS } from '../../../src/engine/rules/numberText';
import { chanceText, correlationText, dropText } from '../../../src/taskpane/fields/fieldText';
import { badMonthProblem } from '../../../src/taskpane/scenarios/badMonthEdits';
import {
  dropBeyondRange,
  dropHint,
  dropUnit,
} from '../../../src/taskpane/scenarios/badMonthDropNotes';
import { pairProblems } from '../../../src/taskpane/scenarios/correlationEdits';
import { serviceLevel } from '../support/testContracts';

/**
 * What the pane refuses, and says, about correlations and bad months: the fields' ranges, where
 * the engine's complaints show, and the notes on a drop's unit and size.
 */

describe('where a complaint shows', () => {
  const named = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ];

  it('at each pair it is about: out of range, the same level, given twice', () => {
    expect(
      pairProblems(
        [
          { first: 'a', second: 'b', rho: 1.5 },
          { first: 'b', second: 'c', rho: 0.2 },
          { first: 'c', second: 'c', rho: 0.2 },
          { first: 'c', second: 'b', rho: 0.3 },
        ],
        named,
      ),
    ).toEqual([
      'Correlation of "A" and "B" must be between −1 and 1, not 1.5',
      undefined,
      'Correlation: "C" and "C" is the same service level',
      'Correlation of "C" and "B" is given twice',
    ]);
  });

  it('at the chance, or at the drop it is about', () => {
    expect(badMonthProblem({ probability: 0.05, drops: { a: 1 } }, named)).toBeNull();
    expect(badMonthProblem({ probability: 1.2, drops: { a: -1 } }, named)?.at).toBe('chance');
    expect(badMonthProblem({ probability: 0.1, drops: { a: 1, b: -2 } }, named)).toEqual({
      at: 'drop',
      serviceLevelId: 'b',
      message: 'Bad month: the drop of "B" must be a number ≥ 0, not -2',
    });
  });
});

describe('fields that refuse what the model must not hold', () => {
  const german = conventionFor('de-DE');

  it('a correlation from −1 to 1', () => {
    expect(correlationText.parse('-0,9', german)).toEqual({ ok: true, value: -0.9 });
    expect(correlationText.parse('−1', german)).toEqual({ ok: true, value: -1 });
    expect(correlationText.parse('1,5', german)).toMatchObject({
      ok: false,
      error: { message: 'Enter a correlation from −1 to 1' },
    });
    expect(correlationText.parse('-1.01', ENGLISH_NUMBERS).ok).toBe(false);
    // Not a number stays "not a number".
    expect(correlationText.parse('x', german)).toMatchObject({
      error: { message: 'Enter a number' },
    });
  });

  it('a chance from 0 % to 100 %, held as a fraction', () => {
    expect(chanceText.parse('100', german)).toEqual({ ok: true, value: 1 });
    expect(chanceText.parse('12,5 %', german)).toEqual({ ok: true, value: 0.125 });
    for (const text of ['120', '-5'])
      expect(chanceText.parse(text, german)).toMatchObject({
        error: { message: 'Enter a chance from 0 % to 100 %' },
      });
  });

  it('a drop of 0 or more', () => {
    expect(dropText.parse('0', german)).toEqual({ ok: true, value: 0 });
    expect(dropText.parse('1,2', german)).toEqual({ ok: true, value: 1.2 });
    expect(dropText.parse('-1', german)).toMatchObject({
      error: { message: 'Enter a drop of 0 or more' },
    });
  });
});

describe('what the pane says about a drop', () => {
  const german = conventionFor('de-DE');
  const availability = serviceLevel({ id: 'a', name: 'Availability' });
  const breaches = serviceLevel({
    id: 'p',
    name: 'Breaches',
    unit: '%',
    direction: 'lower',
    expected: 2.5,
  });
  const hours = serviceLevel({
    id: 'h',
    name: 'Hours',
    unit: 'h',
    direction: 'lower',
    expected: 4,
  });
  const score = serviceLevel({ id: 's', name: 'Score', unit: '', expected: 4 });

  it('a percentage level drops by points, shown with the level expected', () => {
    expect(dropUnit(availability)).toBe('pp');
    expect(dropHint(availability, german)).toBe(
      'Percentage points, not percent of the level: 1 takes 99,5 % to 98,5 %',
    );
    expect(dropHint(breaches, ENGLISH_NUMBERS)).toBe(
      'Percentage points, not percent of the level: 1 takes 2.5 % to 3.5 %',
    );
    expect(dropUnit(hours)).toBe('h');
    expect(dropHint(hours, german)).toBe('In h');
    expect(dropUnit(score)).toBeUndefined();
    expect(dropHint(score, german)).toBe('In the level’s own unit');
  });

  it('warns of a drop wider than the range the level can take', () => {
    const bounded = { kind: 'constant', level: 4, bounds: { lower: 1, upper: 5 } } as const;
    expect(dropBeyondRange(score, bounded, 4, german)).toBeNull();
    expect(dropBeyondRange(score, bounded, 9, german)).toBe(
      'A drop of 9 is more than the whole range Score can take (1 to 5): in a bad month it is simply at its worst.',
    );
    // Without bounds a percentage runs from 0 to 100, hours have no top.
    expect(dropBeyondRange(availability, undefined, 100.5, german)).toMatch(/\(0 to 100\)/);
    expect(dropBeyondRange(hours, undefined, 1000, german)).toBeNull();
    const negative = { kind: 'constant', level: 0, bounds: { lower: -2.5, upper: 2.5 } } as const;
    expect(dropBeyondRange(score, negative, 6, german)).toMatch(/\(−2,5 to 2,5\)/);
  });
});
