import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { gainShareAmount } from '../../engine/rules/gainShare';
import { compileGainShare, contractYears } from '../../engine/terms/compiledGainShare';
import { type Contract } from '../../engine/terms/contract';
import { monthlyCostInYear, termCostMargin, yearCost } from '../../engine/terms/costBase';
import { shareText } from '../compare/resultText';
import { ResponsiveTable, type TableRow } from '../tables/ResponsiveTable';
import { formatMoney } from './paneMoneyText';
import { VolumeMoneyView } from './VolumeMoneyView';

const useStyles = makeStyles({
  summary: { marginTop: tokens.spacingVerticalM, display: 'block' },
});

/** Costs off target by these ratios show what the share bands and caps mean in a full year. */
const COST_RATIOS = [0.9, 0.95, 1.05, 1.1] as const;

/** The commercial levers in money: the gain/pain share at costs off target, and cost and margin over the term. */
export function LeverMoneyView({ contract }: { readonly contract: Contract }) {
  const styles = useStyles();
  const money = (amount: number, signed = false) =>
    formatMoney(amount, contract.currency, { signed });
  const compiled = compileGainShare(contract);
  const gs = compiled.ok ? compiled.value : null;
  const costBase = contract.costBase;
  const term = costBase ? termCostMargin(contract, costBase) : null;
  return (
    <>
      {gs && (
        <ResponsiveTable
          caption="Gain/pain share in a full year"
          rowHeader="Actual cost"
          columns={[{ header: 'Provider keeps (+) or bears (−)' }]}
          rows={COST_RATIOS.map((ratio): TableRow => ({
            key: String(ratio),
            header: `${money(gs.targetCostAnnual * ratio)} (${shareText(ratio - 1)})`,
            cells: [
              money(
                gainShareAmount(
                  gs.targetCostAnnual * ratio,
                  gs.targetCostAnnual,
                  gs.shares,
                  gs.painCap,
                  gs.gainCap,
                ),
                true,
              ),
            ],
          }))}
          stackBelow="narrow"
        />
      )}
      {contract.gainShare && !gs && (
        <Body1 className={styles.summary}>Fix the gain-share terms to see their money.</Body1>
      )}
      {costBase && term && Number.isFinite(term.cost) && (
        <>
          <ResponsiveTable
            caption="Provider cost by contract year"
            rowHeader="Year"
            columns={[{ header: 'Monthly cost' }, { header: 'Cost of the year' }]}
            rows={Array.from({ length: contractYears(contract.termMonths) }, (_, y): TableRow => ({
              key: String(y),
              header: `Year ${y + 1}`,
              cells: [
                money(monthlyCostInYear(costBase, y)),
                money(yearCost(costBase, y, contract.termMonths)),
              ],
            }))}
            stackBelow="narrow"
          />
          <Body1 className={styles.summary}>
            Over the term: charges {money(term.charges)}, cost {money(term.cost)}, margin{' '}
            {money(term.charges - term.cost)} ({shareText(term.margin)} of the charges) before
            credits, incentives and gain share.
          </Body1>
        </>
      )}
      <VolumeMoneyView contract={contract} />
    </>
  );
}
