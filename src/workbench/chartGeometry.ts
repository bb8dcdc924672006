import { type ChartKind } from '../workbook/workbookHost';
import { linearScale, svgPath } from '../taskpane/bands/chartScale';
import { type ChartData, valueExtent } from './chartData';

/**
 * Where the marks of a chart preview go, in SVG units: clustered bars (vertical columns or
 * horizontal bars, which list categories top down with their names on the left), or one line per
 * series. Pure, so the drawing is tested without rendering.
 */

export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 200;
const LABEL_AREA = 110;
const FONT_WIDTH = 5;

export interface Bar {
  readonly series: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Label {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface ChartShapes {
  readonly bars: readonly Bar[];
  readonly lines: readonly { readonly series: number; readonly d: string }[];
  readonly zero: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
  readonly labels: readonly Label[];
}

/** A label cut to `chars` characters, with an ellipsis when cut. */
export function fitLabel(text: string, chars: number): string {
  const room = Math.max(1, Math.floor(chars));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}

export function chartShapes(
  kind: ChartKind,
  data: ChartData,
  valueAxis?: { readonly minimum: number; readonly maximum: number },
): ChartShapes {
  const horizontal = kind === 'barClustered';
  const plot = {
    left: horizontal ? LABEL_AREA : 12,
    right: CHART_WIDTH - 12,
    top: 8,
    bottom: CHART_HEIGHT - (horizontal ? 12 : 28),
  };
  const n = Math.max(1, data.categories.length);
  // The axis the chart was given, as Excel draws it; otherwise one that fits the data and zero.
  const [low, high] = valueAxis ? [valueAxis.minimum, valueAxis.maximum] : valueExtent(data);
  const along = linearScale([0, n], horizontal ? [plot.top, plot.bottom] : [plot.left, plot.right]);
  const value = linearScale(
    [low, high],
    horizontal ? [plot.left, plot.right] : [plot.bottom, plot.top],
  );
  // The axis line sits at zero, or at the bottom of an axis that starts above zero.
  const base = value(low > 0 ? low : high < 0 ? high : 0);
  const zero = horizontal
    ? { x1: base, x2: base, y1: plot.top, y2: plot.bottom }
    : { x1: plot.left, x2: plot.right, y1: base, y2: base };
  const step = along(1) - along(0);

  if (kind === 'line' || kind === 'xyScatterLines') {
    const lines = data.series.map((s, series) => ({
      series,
      d: svgPath(
        s.values.flatMap((v, i) =>
          v === null ? [] : [[along(i + 0.5), value(v)] as [number, number]],
        ),
      ),
    }));
    return {
      bars: [],
      lines,
      zero,
      labels: columnLabels(data.categories, along, step, plot.bottom),
    };
  }

  const slot = step / (data.series.length + 1);
  const bars: Bar[] = [];
  data.series.forEach((s, series) =>
    s.values.forEach((v, i) => {
      if (v === null) return;
      const start = along(i) + slot * (series + 0.5);
      const [from, to] = [value(0), value(v)].sort((a, b) => a - b);
      bars.push(
        horizontal
          ? { series, x: from, y: start, width: to - from, height: slot }
          : { series, x: start, y: from, width: slot, height: to - from },
      );
    }),
  );
  const labels = horizontal
    ? data.categories.map((text, i) => ({
        x: LABEL_AREA - 4,
        y: along(i + 0.5) + 3,
        text: fitLabel(text, (LABEL_AREA - 8) / FONT_WIDTH),
        anchor: 'end' as const,
      }))
    : columnLabels(data.categories, along, step, plot.bottom);
  return { bars, lines: [], zero, labels };
}

/** Category names under columns; with many categories only the first and last, as Excel thins its axis. */
function columnLabels(
  categories: readonly string[],
  along: (x: number) => number,
  step: number,
  bottom: number,
): Label[] {
  const many = categories.length > 8;
  const shown = many ? [0, categories.length - 1] : categories.map((_, i) => i);
  const room = many ? 80 / FONT_WIDTH : step / FONT_WIDTH;
  return shown.map((i) => ({
    x: along(i + 0.5),
    y: bottom + 14,
    text: fitLabel(categories[i], room),
    anchor: many ? (i === 0 ? 'start' : 'end') : 'middle',
  }));
}
