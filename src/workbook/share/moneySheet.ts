import { bandFormulas } from '../../engine/rules/bandFormulas';
import { bandIndex, parseBands } from '../../engine/rules/bands';
import { levelFormulas } from '../../engine/rules/levelFormulas';
import { moneyFormulas } from '../../engine/rules/moneyFormulas';
import {
  bandInput,
  creditPart,
  incentivePart,
  payoutBeforeCaps,
} from '../../engine/rules/moneyRules';
import { unwrap } from '../../engine/rules/result';
import { MONTHS_PER_YEAR } from '../../engine/terms/contract';
import { contractExposure, failedAt, failedAtFormula, rateAt } from '../../engine/terms/exposure';
import { blanks, formula, SharedSheetBuilder, type SharedSheet } from './sharedSheet';
import { MONEY, PERCENT } from './sharedFormats';
import { type TermRefs } from './termsSheet';

/**
 * The money view (the pane's Money tab) as formulas over the Contract sheet: what one failure of
 * each service level costs, its worst month and year, its best incentives, and the contract's
 * worst and best when every level is at its worst or best at once. Each step the engine's exposure
 * takes is a column, so the other side can follow it; the cached values are the engine's.
 */

const HEADERS = [
  'Service level',
  'Allocated amount',
  'One failure measured at',
  'Band input',
  'Band',
  'Rate there',
  'One failure',
  'Lowest rate',
  'Worst band, before the cap',
  'Worst month',
  'Worst year',
  'Highest rate',
  'Best band, before the cap',
  'Best month incentive',
  'Best year incentive',
];
const FORMATS = [
  null,
  MONEY,
  null,
  null,
  null,
  PERCENT,
  MONEY,
  PERCENT,
  MONEY,
  MONEY,
  MONEY,
  PERCENT,
  MONEY,
  MONEY,
  MONEY,
];

export function moneySheet(name: string, terms: TermRefs): SharedSheet {
  const { contract } = terms;
  const exposure = contractExposure(contract);
  const b = new SharedSheetBuilder(
    name,
    [30, 14, 14, 12, 7, 10, 14, 10, 14, 14, 14, 10, 14, 14, 14],
  );
  b.add([`Money view: ${contract.name}`], [], 'title');
  b.add(
    [
      `Amounts in ${contract.currency}, from the terms on ${terms.sheet}. One failure: the level measured at its minimum (or just short of the expected level when there is none). Worst and best: the lowest and highest band rate; credits capped at the at-risk amount, incentives at their caps. Earnback is left out.`,
    ],
    [],
    'note',
  );
  b.add([]);
  b.add(HEADERS, [], 'header');
  const first = b.next;
  // Before the caps, summed in the sheet's order (the engine's exposure keeps only the capped sums).
  let worstBeforeCap = 0;
  let bestBeforeCap = 0;
  contract.serviceLevels.forEach((sl, s) => {
    const level = terms.levels.get(sl.id);
    if (!sl.critical || !level?.bands) {
      b.add([formula(level?.name ?? `"${sl.name}"`, sl.name), 'Key measurement: reported only']);
      return;
    }
    const e = exposure.serviceLevels[s];
    const t = level.bands;
    const table = unwrap(parseBands(sl.bands.rows));
    const r = b.next;
    const at = failedAt(sl);
    const input = bandInput(
      at,
      sl.expected,
      sl.direction === 'higher',
      sl.bands.basis === 'attainment',
    );
    const column = sl.bands.method === 'step' ? table.thresholds : table.bounds;
    const money = sl.allocation * exposure.atRiskAmount;
    const lowest = Math.min(...table.rates);
    const highest = Math.max(...table.rates);
    const cell = (col: string) => `${col}${r}`;
    const worst = creditPart(payoutBeforeCaps(lowest, money));
    const best = incentivePart(payoutBeforeCaps(highest, money));
    worstBeforeCap += worst;
    bestBeforeCap += best;
    b.add(
      [
        formula(level.name, sl.name),
        formula(level.allocated, money),
        formula(failedAtFormula(level.expected, level.minimum, level.direction), at),
        sl.bands.basis === 'attainment'
          ? formula(levelFormulas.attainment(cell('C'), level.expected, level.direction), input)
          : formula(cell('C'), input),
        formula(
          bandFormulas.band(cell('D'), t, sl.bands.method),
          bandIndex(column, 0, t.count, input) + 1,
        ),
        formula(bandFormulas.rate(cell('D'), cell('E'), t, sl.bands.method), rateAt(sl, table, at)),
        formula(
          moneyFormulas.cappedAt(
            moneyFormulas.creditPart(moneyFormulas.payoutBeforeCaps(cell('F'), cell('B'))),
            terms.atRisk,
          ),
          e.oneFailure,
        ),
        formula(`MIN(${t.rates})`, lowest),
        formula(
          moneyFormulas.creditPart(moneyFormulas.payoutBeforeCaps(cell('H'), cell('B'))),
          worst,
        ),
        formula(moneyFormulas.cappedAt(cell('I'), terms.atRisk), e.worstMonth),
        formula(`${cell('J')}*${MONTHS_PER_YEAR}`, e.worstYear),
        formula(`MAX(${t.rates})`, highest),
        formula(
          moneyFormulas.incentivePart(moneyFormulas.payoutBeforeCaps(cell('L'), cell('B'))),
          best,
        ),
        formula(moneyFormulas.cappedAt(cell('M'), terms.monthlyCap), e.bestMonthIncentive),
        formula(
          moneyFormulas.cappedAt(`${cell('N')}*${MONTHS_PER_YEAR}`, terms.annualCap),
          e.bestYearIncentive,
        ),
      ],
      FORMATS,
    );
  });
  const last = b.next - 1;
  const sum = (col: string) => `SUM(${col}${first}:${col}${last})`;
  const total = b.add(
    [
      'Contract: every critical level at once',
      ...blanks(7),
      formula(sum('I'), worstBeforeCap),
      formula(moneyFormulas.cappedAt(sum('I'), terms.atRisk), exposure.worstMonth),
      formula(`J${b.next}*${MONTHS_PER_YEAR}`, exposure.worstYear),
      null,
      formula(sum('M'), bestBeforeCap),
      formula(moneyFormulas.cappedAt(sum('M'), terms.monthlyCap), exposure.bestMonthIncentive),
      formula(
        moneyFormulas.cappedAt(`N${b.next}*${MONTHS_PER_YEAR}`, terms.annualCap),
        exposure.bestYearIncentive,
      ),
    ],
    FORMATS,
    'total',
  );
  b.add([]);
  b.add([
    formula(
      `IF(AND(I${total}>=${terms.atRisk},${terms.atRisk}>0),"The at-risk cap is reachable: several failures in one month can use it all.","The at-risk cap cannot be reached: every critical level failing at once costs less.")`,
      exposure.capReachable
        ? 'The at-risk cap is reachable: several failures in one month can use it all.'
        : 'The at-risk cap cannot be reached: every critical level failing at once costs less.',
    ),
  ]);
  return b.build();
}
