import { conventionFor } from '../../src/engine/rules/numberText';
import { parseActualsText } from '../../src/workbook/actualsImport';
import { sampleContract } from '../../src/workbook/sampleModel';

/** Sample contract: Availability (99.5 %, higher), P1 resolved within 4h (95 %), Mean resolution hours (8 h, lower), CSAT (4.2), Backlog. */
const contract = sampleContract();
const problems = (text: string) => {
  const result = parseActualsText(text, contract);
  return result.kind === 'invalid' ? result.problems : [];
};

describe('parseActualsText: well-formed exports', () => {
  it('reads CSV by header name, with a BOM, names in any case and ids', () => {
    const result = parseActualsText(
      '\uFEFFPeriod,Service level,Value\n2026-03,availability,99.7\n2026-03,Mean resolution hours,7.5\n',
      contract,
    );
    expect(result).toEqual({
      kind: 'ok',
      records: [
        { serviceLevelId: 'availability', period: '2026-03', value: 99.7, excludedMinutes: null },
        { serviceLevelId: 'mean-resolution', period: '2026-03', value: 7.5, excludedMinutes: null },
      ],
    });
  });

  it('reads cells pasted from Excel (tab-separated), "99.6%" text and dates as their month', () => {
    const result = parseActualsText(
      'SL\tMonth\tValue\tExcluded minutes\nAvailability\t2026-04-30\t99.6%\t120\n',
      contract,
    );
    expect(result).toEqual({
      kind: 'ok',
      records: [
        { serviceLevelId: 'availability', period: '2026-04', value: 99.6, excludedMinutes: 120 },
      ],
    });
  });
});

describe('parseActualsText: malformed files are refused whole, with messages', () => {
  it('an empty file', () => {
    expect(problems('')).toEqual(['The file is empty.']);
    expect(problems(' \n\n')).toEqual(['The file is empty.']);
    expect(problems('Service level,Period,Value\n')).toEqual([
      'The file has a header row but no data rows.',
    ]);
  });

  it('wrong columns', () => {
    expect(problems('Name,Date,Score\nAvailability,2026-03,99.7\n')).toEqual([
      'Missing columns Service level, Period, Value. The first row must name the columns Service level, Period, Value (and optionally Excluded minutes); it has "Name", "Date", "Score".',
    ]);
  });

  it('text where a number belongs, and bad periods', () => {
    expect(
      problems(
        'Service level,Period,Value\nAvailability,2026-03,n/a\nAvailability,March,99.7\nUptime,2026-03,99.9\n',
      ),
    ).toEqual([
      'Row 2: value "n/a" for Availability is not a number written in decimals, such as 99.5 or 99.5%.',
      'Row 3: period "March" is not a month written YYYY-MM (2026-03).',
      'Row 4: unknown service level "Uptime"; the contract has Availability, P1 resolved within 4h, Mean resolution hours, Customer satisfaction, Backlog over 30 days.',
    ]);
  });

  it('numbers only as written in a file: no hexadecimal, binary or infinity that JavaScript would read', () => {
    expect(
      problems(
        'Service level,Period,Value\nP1 resolved within 4h,2026-03,0x63\nP1 resolved within 4h,2026-04,0b1100011\nP1 resolved within 4h,2026-05,Infinity\n',
      ),
    ).toEqual([
      'Row 2: value "0x63" for P1 resolved within 4h is not a number written in decimals, such as 99.5 or 99.5%.',
      'Row 3: value "0b1100011" for P1 resolved within 4h is not a number written in decimals, such as 99.5 or 99.5%.',
      'Row 4: value "Infinity" for P1 resolved within 4h is not a number written in decimals, such as 99.5 or 99.5%.',
    ]);
  });

  it('reads a German export: ";" between columns, decimal commas, in the German user\'s convention', () => {
    const german = conventionFor('de-DE');
    const result = parseActualsText(
      'Service level;Period;Value;Excluded minutes\nAvailability;2026-03;99,5;\nMean resolution hours;2026-03;7,25;\nAvailability;2026-04;99,62;30,5\n',
      contract,
      german,
    );
    expect(result).toEqual({
      kind: 'ok',
      records: [
        { serviceLevelId: 'availability', period: '2026-03', value: 99.5, excludedMinutes: null },
        {
          serviceLevelId: 'mean-resolution',
          period: '2026-03',
          value: 7.25,
          excludedMinutes: null,
        },
        { serviceLevelId: 'availability', period: '2026-04', value: 99.62, excludedMinutes: 30.5 },
      ],
    });
    // The same file read as plain numbers is refused, never misread as 995 or 99.
    expect(problems('Service level;Period;Value\nAvailability;2026-03;99,5\n')).toEqual([
      'Row 2: value "99,5" for Availability is not a number written in decimals, such as 99.5 or 99.5%.',
    ]);
  });

  it('excluded minutes are numbers too: "0x10" is not sixteen', () => {
    expect(
      problems('Service level,Period,Value,Excluded minutes\nAvailability,2026-03,99.6,0x10\n'),
    ).toEqual(['Row 2: excluded minutes "0x10" must be a number of minutes within the month.']);
  });

  it('quotes a huge cell briefly instead of echoing it whole', () => {
    const [problem] = problems(
      `Service level,Period,Value\nAvailability,2026-03,${'x'.repeat(1_000_000)}\n`,
    );
    expect(problem).toBe(
      `Row 2: value "${'x'.repeat(37)}..." for Availability is not a number written in decimals, such as 99.5 or 99.5%.`,
    );
  });

  it('duplicate periods, percent versus fraction, values out of range', () => {
    expect(
      problems(
        'Service level,Period,Value\nAvailability,2026-03,99.7\nAvailability,2026-03,99.8\nAvailability,2026-04,0.996\nP1 resolved within 4h,2026-03,101\n',
      ),
    ).toEqual([
      'Row 3: Availability 2026-03 appears again (first on row 2).',
      'Row 4: value 0.996 for Availability looks like a fraction but its expected level 99.5 is a percentage.',
      'Row 5: value 101 for P1 resolved within 4h is over 100%.',
    ]);
  });

  it('exclusions only where they make sense', () => {
    // April: 43,200 minutes; 99.9% leaves 43.2 minutes down, so 60 excluded minutes are more than the downtime.
    expect(
      problems(
        'Service level,Period,Value,Excluded minutes\nMean resolution hours,2026-04,7,30\nAvailability,2026-04,99.9,60\n',
      ),
    ).toEqual([
      'Row 2: exclusions apply to availability-type service levels (higher is better, in %), not to Mean resolution hours.',
      'Row 3: 60 excluded minutes are more than the downtime a value of 99.9 leaves.',
    ]);
  });

  it('lists the first 20 problem rows and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Nope,2026-01,${i}`);
    const list = problems(`Service level,Period,Value\n${rows.join('\n')}`);
    expect(list).toHaveLength(21);
    expect(list[20]).toBe('…and 5 more rows with problems.');
  });

  // No timer: the limit's own message proves the parser stopped there (jest's timeout is the backstop).
  it('100,000 rows: refused at the limit', () => {
    const row = 'Availability,2026-03,99.7\n';
    const text = `Service level,Period,Value\n${row.repeat(100_000)}`;
    expect(problems(text)).toEqual([
      'The file has more than 24,000 rows; an actuals import holds one row per service level and month. Import one period or one year at a time.',
    ]);
  });
});
