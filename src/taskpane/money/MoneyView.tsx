import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { contractExposure } from '../../engine/terms/exposure';
import { type IssueLookup } from '../editor/issueLookup';
import { displayName } from '../serviceLevels/displayName';
import { formatMoney } from './paneMoneyText';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
  summary: { marginTop: tokens.spacingVerticalM, display: 'block' },
});

const COLUMNS = [
  'One failure',
  'Worst month',
  'Worst year',
  'Best month incentive',
  'Best year incentive',
] as const;

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
  const num = `${styles.cell} ${styles.number}`;
  const cap = money(exposure.atRiskAmount);
  return (
    <div>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>Money view</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                Service level
              </th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={num}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contract.serviceLevels.map((sl, i) => {
              const e = exposure.serviceLevels[i];
              const blocked = !sl.critical
                ? 'Key measurement: reported only'
                : issues.serviceLevelField(sl.id, 'bands')
                  ? 'Fix the bands to see the money'
                  : null;
              return (
                <tr key={sl.id}>
                  <th scope="row" className={styles.cell}>
                    {displayName(sl)}
                  </th>
                  {blocked ? (
                    <td className={styles.cell} colSpan={COLUMNS.length}>
                      {blocked}
                    </td>
                  ) : (
                    [
                      e.oneFailure,
                      e.worstMonth,
                      e.worstYear,
                      e.bestMonthIncentive,
                      e.bestYearIncentive,
                    ].map((m, c) => (
                      <td key={COLUMNS[c]} className={num}>
                        {money(m)}
                      </td>
                    ))
                  )}
                </tr>
              );
            })}
            <tr className={styles.total}>
              <th scope="row" className={styles.cell}>
                Contract
              </th>
              <td className={num}>–</td>
              {[
                exposure.worstMonth,
                exposure.worstYear,
                exposure.bestMonthIncentive,
                exposure.bestYearIncentive,
              ].map((m, c) => (
                <td key={COLUMNS[c + 1]} className={num}>
                  {money(m)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <Body1 className={styles.summary}>
        {exposure.capReachable
          ? `The at-risk cap of ${cap} per month is reachable: several failures in one month can use it all.`
          : `The at-risk cap of ${cap} per month cannot be reached: every critical level failing at once costs ${money(exposure.worstMonth)}.`}
      </Body1>
    </div>
  );
}
