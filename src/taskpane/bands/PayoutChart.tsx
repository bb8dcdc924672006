import { Body1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChartFigure } from '../tables/ChartFigure';
import { type Contract, type ServiceLevel } from '../../engine/terms/contract';
import { formatMoney } from '../money/paneMoneyText';
import { linearScale, svgPath, tickLabel } from './chartScale';
import { describeCurve } from './describeCurve';
import { payoutCurve } from './payoutCurve';
import { useNumberConvention } from '../fields/numberConvention';

const WIDTH = 320;
const HEIGHT = 220;
const PLOT = { left: 64, right: WIDTH - 12, top: 12, bottom: HEIGHT - 44 };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxWidth: `${WIDTH * 1.5}px`, overflow: 'visible' },
  curve: {
    fill: 'none',
    stroke: tokens.colorBrandForeground1,
    strokeWidth: '2px',
    strokeLinejoin: 'round',
  },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  zero: { stroke: tokens.colorNeutralStroke2, strokeDasharray: '4 3' },
  expected: { stroke: tokens.colorPaletteGreenForeground1, strokeDasharray: '2 2' },
  text: {
    fill: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    fontFamily: tokens.fontFamilyBase,
  },
  // The money at each band point: shown while the pointer is on it, all of them while the chart has focus.
  point: {
    '& > circle': { fill: tokens.colorBrandForeground1, stroke: tokens.colorNeutralBackground1 },
    '& > text': { visibility: 'hidden', fill: tokens.colorNeutralForeground1 },
    ':hover > text': { visibility: 'visible' },
  },
  focusable: {
    outlineStyle: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ':focus > g > g > text': { visibility: 'visible' },
  },
});

export interface PayoutChartProps {
  readonly contract: Contract;
  readonly serviceLevel: ServiceLevel;
}

/** Money per month against performance, drawn from the engine's band rates. */
export function PayoutChart({ contract, serviceLevel: sl }: PayoutChartProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  if (!sl.critical)
    return <Body1>{sl.name} is a key measurement: reported only, so it has no payout curve.</Body1>;
  const curve = payoutCurve(contract, sl);
  if (!curve.ok)
    return <Body1>No payout curve until the bands are fixed: {curve.error.message}</Body1>;
  const { points, from, to } = curve.value;
  const monies = points.map((p) => p.money);
  const [low, high] = [Math.min(0, ...monies), Math.max(0, ...monies)];
  const x = linearScale([from, to], [PLOT.left, PLOT.right]);
  const y = linearScale(low === high ? [-1, 1] : [low, high], [PLOT.bottom, PLOT.top]);
  const compact = (m: number) => formatMoney(m, contract.currency, { compact: true });
  const title = `Payout curve for ${sl.name}`;
  const xLabel = `Performance${sl.unit ? ` (${sl.unit})` : ''}`;
  const showExpected = sl.expected >= from && sl.expected <= to;
  const money = (m: number) => formatMoney(m, contract.currency);
  const level = (p: number) => `${tickLabel(p, convention)}${sl.unit ? ` ${sl.unit}` : ''}`;
  const { levels } = curve.value;
  return (
    <ChartFigure
      title={title}
      description={describeCurve(
        curve.value,
        sl.bands.method,
        sl.unit,
        contract.currency,
        convention,
      )}
      width={WIDTH}
      height={HEIGHT}
      className={mergeClasses(styles.svg, styles.focusable)}
      focusable
      values={{
        rowHeader: xLabel,
        columns: [{ header: `Money per month (${contract.currency})` }],
        rows: levels.map((p) => ({
          key: String(p.performance),
          header: `${level(p.performance)}${p.performance === sl.expected ? ' (expected)' : ''}`,
          cells: [money(p.money)],
        })),
      }}
    >
      <line className={styles.axis} x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
      <line
        className={styles.axis}
        x1={PLOT.left}
        x2={PLOT.right}
        y1={PLOT.bottom}
        y2={PLOT.bottom}
      />
      <line className={styles.zero} x1={PLOT.left} x2={PLOT.right} y1={y(0)} y2={y(0)} />
      {showExpected && (
        <line
          className={styles.expected}
          x1={x(sl.expected)}
          x2={x(sl.expected)}
          y1={PLOT.top}
          y2={PLOT.bottom}
        />
      )}
      <path
        className={styles.curve}
        data-series="payout"
        d={svgPath(points.map((p) => [x(p.performance), y(p.money)]))}
      />
      <g aria-hidden="true">
        {levels.map((p, i) => (
          <g key={p.performance} className={styles.point}>
            <circle cx={x(p.performance)} cy={y(p.money)} r={3.5} />
            <text
              className={styles.text}
              x={x(p.performance)}
              y={y(p.money) + (i % 2 === 0 ? -8 : 14)}
              textAnchor={i === 0 ? 'start' : i === levels.length - 1 ? 'end' : 'middle'}
            >
              {level(p.performance)}: {compact(p.money)}
            </text>
            <title>{`${level(p.performance)}: ${money(p.money)} a month`}</title>
          </g>
        ))}
      </g>
      <g className={styles.text} aria-hidden="true">
        {[high, 0, low]
          .filter((m, i, all) => all.indexOf(m) === i)
          .map((m) => (
            <text key={m} x={PLOT.left - 4} y={y(m) + 3} textAnchor="end">
              {compact(m)}
            </text>
          ))}
        {showExpected && (
          <text x={x(sl.expected)} y={PLOT.bottom + 26} textAnchor="middle">
            expected {tickLabel(sl.expected, convention)}
          </text>
        )}
        <text x={PLOT.left} y={PLOT.bottom + 14} textAnchor="start">
          {tickLabel(from, convention)}
        </text>
        <text x={PLOT.right} y={PLOT.bottom + 14} textAnchor="end">
          {tickLabel(to, convention)}
        </text>
        <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text
          transform={`translate(10 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Money per month ({contract.currency})
        </text>
      </g>
    </ChartFigure>
  );
}
