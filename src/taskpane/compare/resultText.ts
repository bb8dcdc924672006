import { makeStyles, tokens } from '@fluentui/react-components';
import {
  ENGLISH_NUMBERS,
  type NumberConvention,
  writeNumberText,
} from '../../engine/rules/numberText';

/** Shares as percentages with one decimal ("12.5%"); a share the engine could not compute shows as "–". */
export function shareText(share: number): string {
  if (!Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(undefined, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

export const countText = (n: number) => n.toLocaleString(undefined);

/** Numbers such as break-even levels: up to six significant digits, no binary noise, the reader's decimal mark. */
export const levelText = (x: number, convention: NumberConvention = ENGLISH_NUMBERS) =>
  writeNumberText(Number(x.toPrecision(6)), convention);

/** The note under a result table. */
export const useResultTableStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
});
