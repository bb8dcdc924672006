import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { contractExposure } from '../../engine/terms/exposure';
import { type IssueLookup } from '../editor/issueLookup';
import { displayName } from '../serviceLevels/displayName';
import { LeverMoneyView } from './LeverMoneyView';
import { formatMoney } from './paneMoneyText';
import { ResponsiveTable, type TableColumn, type TableRow } from '../tables/ResponsiveTable';

const useStyles = makeStyles({
  summary: { marginTop: tokens.spacingVerticalM, display: 'block' },
});

const COLUMNS: readonly TableColumn[] = [
  { header: 'One failure' },
  { header: 'Worst month' },
  { header: 'Worst year' },
  { header: 'Best month incentive' },
  { header: 'Best year incentive' },
];

/** The money behind the percentages, per service level and for the contract, from the engine's exposure. */
export function MoneyView({
  contract,
  issues,
}: {
  readonly contract: Contract;
  readonly issues: IssueLookup;
}) {
  const styles = useStyles();
  const exposure = contractExposure(contract);
  const money = (amount: number) => formatMoney(amount, contract.currency);
  const cap = money(exposure.atRiskAmount);
  const rows: TableRow[] = contract.serviceLevels.map((sl, i) => {
    const e = exposure.serviceLevels[i];
    const blocked = !sl.critical
      ? 'Key measurement: reported only'
      : issues.serviceLevelField(sl.id, 'bands')
        ? 'Fix the bands to see the money'
        : null;
    return {
      key: sl.id,
      header: displayName(sl),
      cells: blocked
        ? { message: blocked }
        : [e.oneFailure, e.worstMonth, e.worstYear, e.bestMonthIncentive, e.bestYearIncentive].map(
            money,
          ),
    };
  });
  rows.push({
    key: 'contract',
    header: 'Contract',
    emphasis: true,
    cells: [
      '–',
      ...[
        exposure.worstMonth,
        exposure.worstYear,
        exposure.bestMonthIncentive,
        exposure.bestYearIncentive,
      ].map(money),
    ],
  });
  return (
    <div>
      <ResponsiveTable
        caption="Money view"
        rowHeader="Service level"
        columns={COLUMNS}
        rows={rows}
        stackBelow="wide"
      />
      <Body1 className={styles.summary}>
        {exposure.capReachable
          ? `The at-risk cap of ${cap} per month is reachable: several failures in one month can use it all.`
          : `The at-risk cap of ${cap} per month cannot be reached: every critical level failing at once costs ${money(exposure.worstMonth)}.`}
      </Body1>
      <LeverMoneyView contract={contract} />
    </div>
  );
}
