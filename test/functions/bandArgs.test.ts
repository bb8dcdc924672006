import { readBandTable, payoutRateCheck } from '../../src/functions/bandArgs';
import { CallFailure } from '../../src/functions/excelErrors';
import {
  readBandMethod,
  readEarnbackMode,
  readRatchetMethod,
  readVolumeMethod,
} from '../../src/functions/methodArgs';
import { bandScaleMixError, scaleMixError } from '../../src/functions/scaleChecks';
import { VALUE } from './excelValues';

const COLUMNS = { bound: 'lower bound', rate: 'rate', checkRow: payoutRateCheck };

function failureMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CallFailure) return `${e.excelError.code} ${e.excelError.message}`;
    throw e;
  }
  throw new Error('expected a whole-call failure');
}

describe('bandArgs: band tables from a two-column range', () => {
  it('sorts rows given in any order', () => {
    const table = readBandTable(
      [
        [99.9, 0.02],
        [0, -0.1],
        [99.5, 0],
      ],
      'bands',
      COLUMNS,
    );
    expect(Array.from(table.bounds)).toEqual([0, 99.5, 99.9]);
    expect(Array.from(table.rates)).toEqual([-0.1, 0, 0.02]);
  });

  it('ignores a text header row and blank rows', () => {
    const table = readBandTable(
      [
        ['Bound', 'Rate'],
        ['', ''],
        [99, -0.05],
        [null, null],
      ],
      'bands',
      COLUMNS,
    );
    expect(Array.from(table.bounds)).toEqual([99]);
    // a header may leave one cell blank
    expect(
      Array.from(
        readBandTable(
          [
            ['Bound', ''],
            [99, -0.05],
          ],
          'bands',
          COLUMNS,
        ).bounds,
      ),
    ).toEqual([99]);
  });

  it('does not take a first row holding a number for a header', () => {
    expect(
      failureMessage(() =>
        readBandTable(
          [
            ['99', 'Rate'],
            [99.5, 0],
          ],
          'bands',
          COLUMNS,
        ),
      ),
    ).toBe(`${VALUE} bands row 1: rate: "Rate" is not a number`);
  });

  it('does not take a first row of numbers stored as text for a header', () => {
    const table = readBandTable(
      [
        ['99', '-5%'],
        [99.5, 0],
      ],
      'bands',
      COLUMNS,
    );
    expect(Array.from(table.bounds)).toEqual([99, 99.5]);
    expect(Array.from(table.rates)).toEqual([-0.05, 0]);
  });

  it('names the row and column of a bad cell', () => {
    expect(failureMessage(() => readBandTable([[99, 'x']], 'bands', COLUMNS))).toBe(
      `${VALUE} bands row 1: rate: "x" is not a number`,
    );
    expect(
      failureMessage(() =>
        readBandTable(
          [
            ['Bound', 'Rate'],
            [99, ''],
          ],
          'bands',
          COLUMNS,
        ),
      ),
    ).toBe(`${VALUE} bands row 2: rate is blank`);
    expect(failureMessage(() => readBandTable([[99, true]], 'bands', COLUMNS))).toBe(
      `${VALUE} bands row 1: rate: TRUE is not a number`,
    );
    expect(failureMessage(() => readBandTable([[99, 1.5]], 'bands', COLUMNS))).toContain(
      'bands row 1: rate 1.5 is outside −100%…+100%',
    );
  });

  it('rejects a range that is not two columns', () => {
    expect(failureMessage(() => readBandTable([[1], [2]], 'bands', COLUMNS))).toBe(
      `${VALUE} bands must be a two-column range (lower bound, rate), not 2×1`,
    );
  });
});

describe('scaleChecks', () => {
  it('uses the engine check for a value against a level', () => {
    expect(scaleMixError(99.5, 99.4, 'x')).toBeNull();
    expect(scaleMixError(0.995, 0.99, 'x')).toBeNull();
    expect(scaleMixError(0.995, 99.5, 'x')?.message).toBe(
      'x: 0.995 and 99.5 mix a percentage with a fraction; enter both as percentages (99.5) or both as fractions (0.995)',
    );
  });

  it('checks a value against the bounds around it, including a band that starts at 0', () => {
    const percent = readBandTable(
      [
        [0, -0.1],
        [99, -0.05],
        [99.5, 0],
      ],
      'bands',
      COLUMNS,
    );
    // 0.995 falls in the band starting at 0; the next bound up, 99, shows the mix
    expect(bandScaleMixError(0.995, percent, 'value and bands')?.message).toContain(
      '0.995 and 99 mix',
    );
    expect(bandScaleMixError(99.7, percent, 'value and bands')).toBeNull();
    expect(bandScaleMixError(50, percent, 'value and bands')).toBeNull();
    const fraction = readBandTable(
      [
        [0.99, -0.05],
        [0.995, 0],
      ],
      'bands',
      COLUMNS,
    );
    expect(bandScaleMixError(99.7, fraction, 'value and bands')?.message).toContain(
      '99.7 and 0.995 mix',
    );
    expect(bandScaleMixError(0.997, fraction, 'value and bands')).toBeNull();
  });
});

describe('methodArgs', () => {
  it('reads method words case-insensitively, blank meaning the default', () => {
    expect(readBandMethod(null)).toBe('step');
    expect(readBandMethod(' LINEAR ')).toBe('linear');
    expect(readEarnbackMode('')).toBe('all');
    expect(readEarnbackMode('Pro-Rata')).toBe('prorata');
    expect(readRatchetMethod(undefined)).toBe('midpoint');
    expect(readRatchetMethod('AVERAGE')).toBe('average');
    expect(readVolumeMethod(null)).toBe('graduated');
    expect(readVolumeMethod('all_units')).toBe('allunits');
  });

  it('names the choices for an unknown word', () => {
    expect(failureMessage(() => readVolumeMethod('tiered'))).toBe(
      `${VALUE} method must be graduated or allunits, not "tiered"`,
    );
    expect(failureMessage(() => readEarnbackMode(3))).toBe(
      `${VALUE} mode must be all or prorata, not "3"`,
    );
  });
});
