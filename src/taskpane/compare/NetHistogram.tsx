import { makeStyles, tokens } from '@fluentui/react-components';
import { type DistributionSummary } from '../../engine/simulation/simulationSummary';
import { linearScale } from '../bands/chartScale';
import { formatMoney } from '../money/paneMoneyText';
import { ChartFigure } from '../tables/ChartFigure';
import { countText, shareText } from './resultText';

const WIDTH = 320;
const HEIGHT = 160;
const PLOT = { left: 8, right: WIDTH - 8, top: 8, bottom: HEIGHT - 36 };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxWidth: `${WIDTH * 1.5}px`, overflow: 'visible' },
  bar: { fill: tokens.colorBrandBackground },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  zero: { stroke: tokens.colorPaletteRedBorder2, strokeDasharray: '3 2' },
  text: {
    fill: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    fontFamily: tokens.fontFamilyBase,
  },
});

export interface NetHistogramProps {
  readonly title: string;
  readonly net: DistributionSummary;
  readonly currency: string;
}

/** How often each range of net payout over the term came up, with zero marked where it falls inside. */
export function NetHistogram({ title, net, currency }: NetHistogramProps) {
  const styles = useStyles();
  const { min, max, binWidth, counts } = net.histogram;
  const money = (x: number) => formatMoney(x, currency, { whole: true });
  const compact = (x: number) => formatMoney(x, currency, { compact: true });
  // Every trial paid the same: one bar, the whole width.
  const bins =
    binWidth > 0
      ? counts.map((count, i) => ({
          from: min + i * binWidth,
          to: min + (i + 1) * binWidth,
          count,
        }))
      : [{ from: min, to: max, count: counts.reduce((s, c) => s + c, 0) }];
  const x = linearScale(binWidth > 0 ? [min, max] : [0, 1], [PLOT.left, PLOT.right]);
  const y = linearScale([0, Math.max(1, ...bins.map((b) => b.count))], [PLOT.bottom, PLOT.top]);
  const barX = (from: number, i: number) => (binWidth > 0 ? x(from) : x(0) + i);
  const barWidth = (b: { from: number; to: number }) =>
    binWidth > 0 ? Math.max(1, x(b.to) - x(b.from) - 1) : PLOT.right - PLOT.left;
  const description =
    binWidth > 0
      ? `Net payout from ${money(min)} to ${money(max)} in ${bins.length} bins; P5 ${money(net.p5)}, median ${money(net.p50)}, P95 ${money(net.p95)}.`
      : `Every trial paid ${money(min)}.`;
  const total = bins.reduce((s, b) => s + b.count, 0) || 1;
  return (
    <ChartFigure
      title={title}
      description={description}
      width={WIDTH}
      height={HEIGHT}
      className={styles.svg}
      values={{
        rowHeader: `Net payout (${currency})`,
        columns: [{ header: 'Trials' }, { header: 'Share' }],
        rows: bins
          .filter((b) => b.count > 0)
          .map((b) => ({
            key: String(b.from),
            header: binWidth > 0 ? `${money(b.from)} to ${money(b.to)}` : money(b.from),
            cells: [countText(b.count), shareText(b.count / total)],
          })),
      }}
    >
      {bins.map((b, i) => (
        <rect
          key={i}
          className={styles.bar}
          data-count={b.count}
          x={barX(b.from, i)}
          width={barWidth(b)}
          y={y(b.count)}
          height={PLOT.bottom - y(b.count)}
        />
      ))}
      <line
        className={styles.axis}
        x1={PLOT.left}
        x2={PLOT.right}
        y1={PLOT.bottom}
        y2={PLOT.bottom}
      />
      {binWidth > 0 && min < 0 && max > 0 && (
        <line className={styles.zero} x1={x(0)} x2={x(0)} y1={PLOT.top} y2={PLOT.bottom} />
      )}
      <g className={styles.text} aria-hidden="true">
        <text x={PLOT.left} y={PLOT.bottom + 14} textAnchor="start">
          {compact(min)}
        </text>
        {binWidth > 0 && (
          <text x={PLOT.right} y={PLOT.bottom + 14} textAnchor="end">
            {compact(max)}
          </text>
        )}
        <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 6} textAnchor="middle">
          Net payout over the term ({currency})
        </text>
      </g>
    </ChartFigure>
  );
}
