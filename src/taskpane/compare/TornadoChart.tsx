import { makeStyles, tokens } from '@fluentui/react-components';
import { type SensitivityBar, type SensitivityResult } from '../../engine/analyses/sensitivity';
import { linearScale } from '../bands/chartScale';
import { formatMoney } from '../money/paneMoneyText';
import { ChartFigure } from '../tables/ChartFigure';
import { levelText } from './resultText';
import { useNumberConvention } from '../fields/numberConvention';
import { plusMinusText } from './precisionText';

const WIDTH = 320;
// Each level's name sits above its bar, so long names need no room beside the bars in a narrow pane.
const LABEL_HEIGHT = 14;
const BAR = 14;
const ROW = LABEL_HEIGHT + BAR + 8;
const PAD = { top: 4, bottom: 28, left: 8, right: 8 };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxWidth: `${WIDTH * 1.5}px`, overflow: 'visible' },
  worse: { fill: tokens.colorPaletteRedBackground3 },
  better: { fill: tokens.colorPaletteGreenBackground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  text: {
    fill: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    fontFamily: tokens.fontFamilyBase,
  },
});

export interface TornadoChartProps {
  readonly title: string;
  readonly result: SensitivityResult;
  readonly currency: string;
}

/** The change in expected net when each level moves one step worse (red) or better (green); largest swing on top. */
export function TornadoChart({ title, result, currency }: TornadoChartProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const { bars } = result;
  const height = PAD.top + Math.max(1, bars.length) * ROW + PAD.bottom;
  const extent = Math.max(
    1,
    ...bars.flatMap((b) => [Math.abs(b.worseChange), Math.abs(b.betterChange)]),
  );
  const x = linearScale([-extent, extent], [PAD.left, WIDTH - PAD.right]);
  const compact = (m: number) => formatMoney(m, currency, { compact: true });
  const money = (m: number) => formatMoney(m, currency, { signed: true, whole: true });
  // A change, then the expected net at that step with its 95 % interval (the change alone when exact):
  // the ± is the net's, and beside the change it would read as the change's.
  const withNet = (change: number, net: number, interval: SensitivityBar['worseNetInterval']) => {
    const pm = plusMinusText(net, interval, convention);
    return pm === '' ? money(change) : `${money(change)} (net ${money(net)}${pm})`;
  };
  const worse = (b: SensitivityBar) => withNet(b.worseChange, b.worseNet, b.worseNetInterval);
  const better = (b: SensitivityBar) => withNet(b.betterChange, b.betterNet, b.betterNetInterval);
  const span = (a: number) => ({ x: Math.min(x(0), x(a)), width: Math.abs(x(a) - x(0)) });
  const description = bars
    .map(
      (b) =>
        `${b.name} (step ${levelText(b.step, convention)}): one step worse ${worse(b)}, one step better ${better(b)}.`,
    )
    .join(' ');
  return (
    <ChartFigure
      title={title}
      description={description || 'No service level could be stepped.'}
      width={WIDTH}
      height={height}
      className={styles.svg}
      values={{
        rowHeader: 'Service level',
        columns: [{ header: 'Step' }, { header: 'One step worse' }, { header: 'One step better' }],
        rows: bars.map((b) => ({
          key: b.serviceLevelId,
          header: b.name,
          cells: [levelText(b.step, convention), worse(b), better(b)],
        })),
      }}
    >
      {bars.map((b, i) => {
        const top = PAD.top + i * ROW;
        const bar = top + LABEL_HEIGHT;
        return (
          <g key={b.serviceLevelId} data-service-level={b.name}>
            <text
              className={styles.text}
              x={PAD.left}
              y={top + LABEL_HEIGHT - 3}
              textAnchor="start"
              aria-hidden="true"
            >
              {b.name}
            </text>
            <rect className={styles.worse} {...span(b.worseChange)} y={bar} height={BAR} />
            <rect className={styles.better} {...span(b.betterChange)} y={bar} height={BAR} />
          </g>
        );
      })}
      <line className={styles.axis} x1={x(0)} x2={x(0)} y1={PAD.top} y2={height - PAD.bottom} />
      <g className={styles.text} aria-hidden="true">
        <text x={PAD.left} y={height - PAD.bottom + 14} textAnchor="start">
          {compact(-extent)}
        </text>
        <text x={x(0)} y={height - PAD.bottom + 14} textAnchor="middle">
          0
        </text>
        <text x={WIDTH - PAD.right} y={height - PAD.bottom + 14} textAnchor="end">
          {compact(extent)}
        </text>
      </g>
    </ChartFigure>
  );
}
