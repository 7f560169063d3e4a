import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { chartColours, type ChartProps, type ChartSeries } from './chart-model';

const HEIGHT = 260;
/** The room one category's label needs on the axis, in CSS pixels. */
const LABEL_ROOM = 80;

/**
 * A report's chart, drawn by uPlot (a canvas, ~22 KiB gzip): its own lazy chunk, so the
 * report's table is on screen first and the login route never loads it. The canvas is hidden
 * from assistive technologies: the report's table holds the same figures (RGAA 1.3: the
 * table is the chart's alternative), and the legend beside it is text.
 */
export default function Chart({ labels, series }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // Rebuilt only when the figures change, not on every render of the report.
  const figures = JSON.stringify([labels, series]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const [names, lines] = JSON.parse(figures) as [string[], ChartSeries[]];
    const width = () => Math.max(240, element.clientWidth);
    const plot = new uPlot(
      options(names, lines, width()),
      [names.map((_, i) => i), ...lines.map((line) => line.values)],
      element,
    );
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    resize?.observe(element);
    return () => {
      resize?.disconnect();
      plot.destroy();
    };
  }, [figures]);
  return <div ref={box} className="report-chart__plot" aria-hidden="true" />;
}

/** Categories on x (groups, months), counts or euros on y from 0: bars for what was done,
 *  a dashed line with round points for what was expected, so shape tells them apart and not
 *  colour alone; both colours have at least 3:1 against white (WCAG 1.4.11). */
function options(labels: readonly string[], series: readonly ChartSeries[], width: number) {
  const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
  const axis = { stroke: chartColours.ink, grid: { stroke: chartColours.grid, width: 1 } };
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] as uPlot.Range.MinMax },
      y: {
        range: (_: uPlot, _min: number, max: number): uPlot.Range.MinMax => [
          0,
          max > 0 ? max * 1.1 : 1,
        ],
      },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        splits: () => labels.map((_, i) => i),
        // As many labels as the current width holds, every other one or fewer beyond.
        values: (plot: uPlot, splits: number[]) => {
          const every = Math.max(1, Math.ceil((labels.length * LABEL_ROOM) / plot.width));
          return splits.map((i) => (i % every === 0 ? shorten(labels[i] ?? '') : ''));
        },
      },
      { ...axis, size: 56 },
    ],
    series: [
      {},
      ...series.map((line): uPlot.Series =>
        line.style === 'bars'
          ? {
              label: line.label,
              fill: chartColours.bars,
              stroke: chartColours.bars,
              paths: bars,
              points: { show: false },
            }
          : {
              label: line.label,
              stroke: chartColours.line,
              width: 2,
              dash: [6, 4],
              points: { show: true, size: 8, fill: '#ffffff', stroke: chartColours.line },
            },
      ),
    ],
  } satisfies uPlot.Options;
}

const shorten = (label: string) => (label.length > 11 ? `${label.slice(0, 10)}…` : label);
