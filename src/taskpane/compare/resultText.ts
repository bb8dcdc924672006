import { makeStyles, tokens } from '@fluentui/react-components';

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

/** Numbers such as break-even levels: up to six significant digits, no binary noise. */
export const levelText = (x: number) => String(Number(x.toPrecision(6)));

/** The look of the two-column result tables (label, value): compact, numbers right-aligned. */
export const useResultTableStyles = makeStyles({
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
    textAlign: 'start',
  },
  number: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  label: { overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
});
