import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { parseBands } from '../../engine/rules/bands';
import { groupedNumberText } from '../../engine/rules/numberText';
import { volumePrice } from '../../engine/rules/volumePricing';
import { type Contract, type VolumePricingTerm } from '../../engine/terms/contract';
import { useNumberConvention } from '../fields/numberConvention';
import { ResponsiveTable, type TableRow } from '../tables/ResponsiveTable';
import { formatMoney } from './paneMoneyText';
import { volumeChargePoints } from './volumeChargePoints';

const useStyles = makeStyles({
  summary: { marginTop: tokens.spacingVerticalM, display: 'block' },
});

const METHOD_TEXT = { graduated: 'graduated', allunits: 'all units' } as const;

/** One volume term's price curve: the month's charge at volumes around each tier. */
function VolumeTermMoney({ term, currency }: { term: VolumePricingTerm; currency: string }) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const name = term.name.trim() || 'Unnamed outcome';
  const tiers = parseBands(term.tiers, 'tiers');
  if (!tiers.ok || term.tiers.some((row) => row.rate < 0))
    return <Body1 className={styles.summary}>Fix the tiers of {name} to see their money.</Body1>;
  const unit = term.unit.trim() || 'units';
  const money = (x: number) => formatMoney(x, currency);
  return (
    <ResponsiveTable
      caption={`${name}: charge a month (${METHOD_TEXT[term.method]})`}
      rowHeader={`Units a month (${unit})`}
      columns={[{ header: 'Charge a month' }, { header: 'Average per unit' }]}
      rows={volumeChargePoints(tiers.value).map((units): TableRow => {
        const charge = volumePrice(units, tiers.value, term.method);
        return {
          key: String(units),
          header: groupedNumberText(units, convention, 2),
          cells: [money(charge), money(charge / units)],
        };
      })}
      stackBelow="narrow"
    />
  );
}

/** The per-outcome prices in money: what each volume-priced outcome charges in a month. */
export function VolumeMoneyView({ contract }: { readonly contract: Contract }) {
  return (
    <>
      {(contract.volumePricing ?? []).map((term) => (
        <VolumeTermMoney key={term.id} term={term} currency={contract.currency} />
      ))}
    </>
  );
}
