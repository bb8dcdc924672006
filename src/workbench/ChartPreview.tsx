import { useId } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ChartSpec } from '../workbook/workbookHost';
import { type ChartData } from './chartData';
import { CHART_HEIGHT, CHART_WIDTH, chartShapes } from './chartGeometry';

const COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
];
const colour = (series: number) => COLOURS[series % COLOURS.length];

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    width: `${CHART_WIDTH}px`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  svg: { width: '100%', height: 'auto' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  text: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '9px',
    fontFamily: tokens.fontFamilyBase,
  },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: '12px' },
});

/** A native chart of the in-memory workbook, drawn as a small SVG from its source range as Excel would plot it. */
export function ChartPreview({
  spec,
  data,
}: {
  readonly spec: ChartSpec;
  readonly data: ChartData;
}) {
  const styles = useStyles();
  const descId = useId();
  const shapes = chartShapes(spec.kind, data, spec.valueAxis);
  const description = data.series
    .map(
      (s) => `${s.name}: ${s.values.map((v, i) => `${data.categories[i]} ${v ?? '–'}`).join(', ')}`,
    )
    .join('; ');
  return (
    <figure className={styles.figure}>
      <Caption1 as="p" className={styles.title}>
        {spec.title}
      </Caption1>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        role="img"
        aria-label={spec.title}
        aria-describedby={descId}
        data-chart={spec.name}
      >
        <desc id={descId}>{description}</desc>
        {shapes.bars.map((b, i) => (
          <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={colour(b.series)} />
        ))}
        {shapes.lines.map((l) => (
          <path key={l.series} d={l.d} fill="none" stroke={colour(l.series)} strokeWidth={2} />
        ))}
        <line className={styles.axis} {...shapes.zero} />
        <g className={styles.text} aria-hidden="true">
          {shapes.labels.map((l, i) => (
            <text key={i} x={l.x} y={l.y} textAnchor={l.anchor}>
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      {data.series.length > 1 && (
        <div className={styles.legend} aria-hidden="true">
          {data.series.map((s, i) => (
            <Caption1 key={s.name} style={{ color: colour(i) }}>
              ■ {s.name}
            </Caption1>
          ))}
        </div>
      )}
    </figure>
  );
}
