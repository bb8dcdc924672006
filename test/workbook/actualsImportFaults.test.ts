import { conventionFor } from '../../src/engine/rules/numberText';
import { parseActualsText } from '../../src/workbook/actualsImport';
import { sampleContract } from '../../src/workbook/sampleModel';
import { pastedEchoCases, pastedPeriodCases, pastedValueCases } from '../faults/pasteCases';

/** Every adversarial case of test/faults/pasteCases.ts, through the real import. */
const contract = sampleContract();
const idOf = (name: string) => {
  const level = contract.serviceLevels.find((sl) => sl.name === name);
  if (!level) throw new Error(`the sample contract has no level ${name}`);
  return level.id;
};

// Cells pasted from Excel arrive tab-separated, so a decimal comma never looks like a column break.
const pasted = (level: string, period: string, value: string) =>
  `Service level\tPeriod\tValue\n${level}\t${period}\t${value}\n`;

describe('actuals import: a Value cell is a decimal number as people type it, or refused', () => {
  it.each(pastedValueCases.map((c) => [c.input, c.locale, c] as const))(
    '%j in %s',
    (_input, _locale, { input, locale, serviceLevel, expected }) => {
      const result = parseActualsText(
        pasted(serviceLevel, '2026-03', input),
        contract,
        conventionFor(locale),
      );
      if ('value' in expected) {
        expect(result).toEqual({
          kind: 'ok',
          records: [
            {
              serviceLevelId: idOf(serviceLevel),
              period: '2026-03',
              value: expected.value,
              excludedMinutes: null,
            },
          ],
        });
      } else {
        expect(result).toEqual({ kind: 'invalid', problems: [expected.refused] });
      }
    },
  );
});

describe('actuals import: a Period cell names a month or a date that exists', () => {
  it.each(pastedPeriodCases.map((c) => [c.input, c] as const))(
    '%j',
    (_input, { input, expected }) => {
      const result = parseActualsText(pasted('Availability', input, '99.7'), contract);
      if ('period' in expected) {
        expect(result).toEqual({
          kind: 'ok',
          records: [
            {
              serviceLevelId: 'availability',
              period: expected.period,
              value: 99.7,
              excludedMinutes: null,
            },
          ],
        });
      } else {
        expect(result).toEqual({ kind: 'invalid', problems: [expected.refused] });
      }
    },
  );
});

describe('actuals import: text quoted back in a message is clipped', () => {
  it.each(pastedEchoCases.map((c) => [c.name, c] as const))('%s', (_name, { input, expected }) => {
    const result = parseActualsText(input, contract);
    expect(result).toEqual({ kind: 'invalid', problems: expected });
    // However large the input, no message is longer than its words and 40 quoted characters.
    const problems = result.kind === 'invalid' ? result.problems : [];
    for (const problem of problems) expect(problem.length).toBeLessThan(400);
  });
});
