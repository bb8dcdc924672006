import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../fields/visuallyHidden';

// Container queries, not media queries: in Excel the pane is the page, but in the workbench (and
// any host that shows the pane beside other content) only the pane's own width says what fits.
const NARROW = '@container (max-width: 479px)';
const WIDE = '@container (max-width: 719px)';

const stacked = {
  display: 'block',
  '& > caption': { display: 'block' },
  // Out of sight but still read: each value also carries its column's name beside it.
  '& > thead': visuallyHidden,
  '& > tbody': { display: 'block' },
  '& > tbody > tr': {
    display: 'block',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  '& > tbody > tr > th': { display: 'block', borderBottom: 'none', paddingBottom: 0 },
  '& > tbody > tr > td': {
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    borderBottom: 'none',
    paddingTop: 0,
    paddingBottom: 0,
  },
  '& > tbody > tr > td:not([data-label])': { justifyContent: 'flex-start' },
  '& > tbody > tr > td::before': {
    content: 'attr(data-label)',
    textAlign: 'start',
    whiteSpace: 'normal',
    color: tokens.colorNeutralForeground2,
  },
} as const;

export const useResponsiveTableStyles = makeStyles({
  room: { containerType: 'inline-size', overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  stackNarrow: { [NARROW]: stacked },
  stackWide: { [WIDE]: stacked },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    verticalAlign: 'top',
  },
  number: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  rowName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  message: { color: tokens.colorNeutralForeground2 },
  emphasis: { fontWeight: tokens.fontWeightSemibold },
});
