/** One series of a report's chart: bars for what was done, a dashed line for what was
 *  expected (the target, the plan). */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  style: 'bars' | 'line';
}

export interface ChartProps {
  /** The categories along x: groups or months, in the table's order. */
  labels: string[];
  series: ChartSeries[];
}

/** The brand’s green for bars (7.8:1 on white) and the focus orange for lines (5.5:1): both
 *  well above the 3:1 WCAG 1.4.11 asks of a chart's marks. Shared by the canvas and the
 *  legend, which CSS draws. */
export const chartColours = {
  bars: '#0b5c57',
  line: '#b34700',
  ink: '#1c2426',
  grid: '#c9d1cf',
};
