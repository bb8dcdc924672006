import { Body1 } from '@fluentui/react-components';
import { periodAfter, monthsFrom } from '../../engine/review/servicePeriod';
import {
  closingMonthOf,
  compileLevers,
  type Settlement,
  statementLevers,
  type StatementInputs,
} from '../../engine/review/statementLevers';
import { groupedNumberText } from '../../engine/rules/numberText';
import { type Contract, MONTHS_PER_YEAR } from '../../engine/terms/contract';
import { numberText, optional } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useNumberConvention } from '../fields/numberConvention';
import { formatMoney } from '../money/paneMoneyText';

export interface StatementLeverFieldsProps {
  readonly contract: Contract;
  readonly start: string;
  readonly period: string;
  readonly inputs: StatementInputs;
  readonly onUnits: (termId: string, units: number | null) => void;
  readonly onYearCost: (cost: number | null) => void;
}

const amountText = optional(numberText);

/**
 * The statement's commercial levers in the Review tab: each volume term's units this month and, in
 * a month that closes a contract year under gain/pain share, the year's actual cost; below them the
 * lines the statement will carry (the engine's statementLevers, so the pane and the sheet agree).
 */
export function StatementLeverFields(props: StatementLeverFieldsProps) {
  const { contract, start, period, inputs } = props;
  const convention = useNumberConvention();
  const compiled = compileLevers(contract);
  const month = monthsFrom(start, period);
  if (!compiled.ok || month === null || month < 0 || month >= contract.termMonths) return null;
  const levers = statementLevers(compiled.value, contract.termMonths, month, inputs);
  if (levers.volume.length === 0 && levers.settlement === null) return null;
  const money = (x: number, signed = false) => formatMoney(x, contract.currency, { signed });
  const closing = closingMonthOf(month, contract.termMonths);
  const year = Math.floor(month / MONTHS_PER_YEAR);
  const yearText = `contract year ${year + 1}, ${periodAfter(start, year * MONTHS_PER_YEAR)} to ${periodAfter(start, closing)}`;
  return (
    <>
      {levers.volume.map((v) => (
        <ParsedField
          // A new month's field starts from that month's units, not the text typed for another.
          key={`${period}:${v.term.id}`}
          label={`Units this month: ${v.term.name} (${v.term.unit})`}
          value={v.units}
          format={amountText}
          onCommit={(units) => props.onUnits(v.term.id, units)}
          issue={v.units !== null && v.units < 0 ? 'Units must be ≥ 0' : undefined}
        />
      ))}
      {levers.settlement !== null && levers.settlement.kind !== 'later' && (
        <ParsedField
          key={`${period}:cost`}
          label={`Actual cost of ${yearText}`}
          hint="The provider’s cost of the whole year, compared with the target for gain/pain share."
          value={inputs.yearActualCost}
          format={amountText}
          contentAfter={contract.currency}
          onCommit={props.onYearCost}
          issue={
            inputs.yearActualCost !== null && inputs.yearActualCost < 0
              ? 'The cost must be ≥ 0'
              : undefined
          }
        />
      )}
      <ul aria-label="Commercial levers this month">
        {levers.volume.map((v) => (
          <li key={v.term.id}>
            <Body1>
              {v.term.name}:{' '}
              {v.units === null || v.charge === null
                ? 'pending: units not given'
                : `${groupedNumberText(v.units, convention, 12)} ${v.term.unit} → ${money(v.charge)}`}
            </Body1>
          </li>
        ))}
        {levers.settlement !== null && (
          <li>
            <Body1>{settlementText(levers.settlement, start, money)}</Body1>
          </li>
        )}
      </ul>
    </>
  );
}

function settlementText(
  s: Settlement,
  start: string,
  money: (x: number, signed?: boolean) => string,
): string {
  const year = `contract year ${s.year + 1}`;
  if (s.kind === 'later')
    return `Gain/pain share: ${year} settles in ${periodAfter(start, s.closingMonth)}.`;
  if (s.kind === 'pending')
    return `Gain/pain share, ${year}: pending until the year’s actual cost is given.`;
  const meaning =
    s.amount >= 0
      ? 'a saving shared, paid to the provider'
      : 'an overrun borne by the provider, off the invoice';
  return `Gain/pain share, ${year}: ${money(s.amount, true)} (${meaning}).`;
}
