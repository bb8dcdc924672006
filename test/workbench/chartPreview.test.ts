/** @jest-environment jsdom */
import { createElement } from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ChartPreview } from '../../src/workbench/ChartPreview';
import { chartData, valueExtent } from '../../src/workbench/chartData';
import { chartShapes, fitLabel } from '../../src/workbench/chartGeometry';
import { SheetCharts } from '../../src/workbench/SheetCharts';
import { FormulaEvaluator } from '../../src/workbench/formulaEvaluator';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { type ChartSpec } from '../../src/workbook/workbookHost';

/** A comparison table as OM_Scenarios holds it: proposals down, scenarios across, nets in the cells. */
async function workbook() {
  const host = new MemoryWorkbookHost();
  await host.ensureSheet('OM_Scenarios');
  await host.writeTable({
    name: 'OM_Comparison',
    sheet: 'OM_Scenarios',
    topLeft: 'A5',
    headers: ['Proposal', 'Expected', 'Stressed'],
    rows: [
      ['Our offer', 10_800, -54_000],
      ['Their counter', 13_500, '=-67500'],
    ],
  });
  const chart: ChartSpec = {
    name: 'OM_ComparisonChart',
    sheet: 'OM_Scenarios',
    kind: 'columnClustered',
    title: 'Expected net by proposal',
    sourceAddress: 'A5:C7',
    placeAt: 'L1:S16',
  };
  await host.writeChart(chart);
  const evaluator = new FormulaEvaluator(host);
  const cell = (row: number, col: number) => {
    const value = evaluator.cellAt('OM_Scenarios', row, col);
    return { value, text: value.kind === 'value' ? String(value.value) : '' };
  };
  return { host, chart, cell };
}

const inFluent = (element: ReturnType<typeof createElement>) =>
  render(createElement(FluentProvider, { theme: webLightTheme }, element));

describe('chart data', () => {
  it('reads series names from the first row and categories from the first column, formulas evaluated', async () => {
    const { chart, cell } = await workbook();
    expect(chartData(chart, cell)).toEqual({
      categories: ['Our offer', 'Their counter'],
      series: [
        { name: 'Expected', values: [10_800, 13_500] },
        { name: 'Stressed', values: [-54_000, -67_500] },
      ],
    });
  });

  it('spans zero so bars grow from the zero line', () => {
    expect(
      valueExtent({ categories: ['a'], series: [{ name: 's', values: [5, null, 9] }] }),
    ).toEqual([0, 9]);
    expect(valueExtent({ categories: ['a'], series: [{ name: 's', values: [0] }] })).toEqual([
      -1, 1,
    ]);
  });
});

describe('the chart preview', () => {
  it('draws one bar per category and series, below the zero line for negative values', async () => {
    const { chart, cell } = await workbook();
    inFluent(createElement(ChartPreview, { spec: chart, data: chartData(chart, cell) }));
    const svg = screen.getByRole('img', { name: 'Expected net by proposal' });
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(4);
    const zero = Number(svg.querySelector('line')?.getAttribute('y1'));
    // Expected (positive) bars end at the zero line; Stressed (negative) bars start at it.
    expect(
      bars.slice(0, 2).map((b) => Number(b.getAttribute('y')) + Number(b.getAttribute('height'))),
    ).toEqual([zero, zero]);
    expect(bars.slice(2).map((b) => Number(b.getAttribute('y')))).toEqual([zero, zero]);
    // The larger loss draws the longer bar.
    expect(Number(bars[3].getAttribute('height'))).toBeGreaterThan(
      Number(bars[2].getAttribute('height')),
    );
    expect(svg).toHaveAccessibleDescription(
      'Expected: Our offer 10800, Their counter 13500; Stressed: Our offer -54000, Their counter -67500',
    );
  });

  it('draws horizontal bars for a bar chart and a line for a line chart', async () => {
    const { chart, cell } = await workbook();
    const data = chartData(chart, cell);
    const { unmount } = inFluent(
      createElement(ChartPreview, {
        spec: { ...chart, kind: 'barClustered', title: 'Tornado' },
        data,
      }),
    );
    const bars = [...screen.getByRole('img', { name: 'Tornado' }).querySelectorAll('rect')];
    expect(
      bars.every(
        (b) => Number(b.getAttribute('height')) === Number(bars[0].getAttribute('height')),
      ),
    ).toBe(true);
    unmount();
    inFluent(
      createElement(ChartPreview, { spec: { ...chart, kind: 'line', title: 'Lines' }, data }),
    );
    const lines = screen.getByRole('img', { name: 'Lines' });
    expect(lines.querySelectorAll('rect')).toHaveLength(0);
    expect(lines.querySelectorAll('path')).toHaveLength(2);
  });

  it('shows the charts of the sheet on view only', async () => {
    const { host, cell } = await workbook();
    await host.writeChart({
      name: 'Elsewhere',
      sheet: 'Sheet1',
      kind: 'line',
      title: 'On another sheet',
      sourceAddress: 'A1:B2',
      placeAt: 'D1:H10',
    });
    inFluent(createElement(SheetCharts, { sheet: 'OM_Scenarios', charts: host.charts(), cell }));
    expect(screen.getByRole('region', { name: 'Charts on OM_Scenarios' })).toBeInTheDocument();
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      'Expected net by proposal',
    ]);
  });
});

describe('chart geometry', () => {
  const data = {
    categories: ['Managed infrastructure and service desk', 'Their counter'],
    series: [
      { name: 'Worse', values: [-64_800, -1_000] },
      { name: 'Better', values: [0, 2_000] },
    ],
  };

  it('keeps horizontal bars right of the category names, which are cut to fit', () => {
    const shapes = chartShapes('barClustered', data);
    const left = Math.min(...shapes.bars.map((b) => b.x));
    expect(shapes.labels.map((l) => l.text)).toEqual(['Managed infrastruct…', 'Their counter']);
    expect(shapes.labels.every((l) => l.anchor === 'end' && l.x < left)).toBe(true);
    // Categories top down, in table order.
    expect(shapes.labels[0].y).toBeLessThan(shapes.labels[1].y);
  });

  it('thins the category axis of a long histogram to its first and last bins', () => {
    const bins = {
      categories: Array.from({ length: 40 }, (_, i) => String(i * 100)),
      series: [{ name: 'Trials', values: Array.from({ length: 40 }, () => 1) }],
    };
    const shapes = chartShapes('columnClustered', bins);
    expect(shapes.bars).toHaveLength(40);
    expect(shapes.labels.map((l) => [l.text, l.anchor])).toEqual([
      ['0', 'start'],
      ['3900', 'end'],
    ]);
  });

  it('cuts a label to the room it has', () => {
    expect(fitLabel('Availability', 20)).toBe('Availability');
    expect(fitLabel('Availability', 6)).toBe('Avail…');
  });
});
