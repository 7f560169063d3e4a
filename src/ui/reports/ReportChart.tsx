import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ChartProps } from './chart-model';
import { useReportsT } from './strings';

// uPlot and its stylesheet load only when a chart is shown, in a chunk of their own.
const Chart = lazy(() => import('./Chart'));

interface Props extends ChartProps {
  title: string;
  /** The table that holds the same figures: its caption and the id of its wrapper. */
  table: { caption: string; id: string };
}

/**
 * A chart beside a report's table. The drawing is decoration for sighted readers (hidden from
 * assistive technologies); its text alternative is the caption, which names the table with
 * the same figures and links to it, and the legend, which says which mark is which.
 */
export function ReportChart({ title, table, labels, series }: Props) {
  const { t } = useReportsT();
  return (
    <figure className="report-chart">
      <figcaption>
        <strong>{title}</strong>
        <a href={`#${table.id}`}>{t('chart.seeTable', { table: table.caption })}</a>
      </figcaption>
      <ul className="report-chart__legend">
        {series.map((line) => (
          <li key={line.label}>
            <span className={`report-chart__key is-${line.style}`} aria-hidden="true" />
            {line.label}
          </li>
        ))}
      </ul>
      <Fallible fallback={<p className="report-chart__note">{t('chart.unavailable')}</p>}>
        <Suspense fallback={<p className="report-chart__note">{t('chart.loading')}</p>}>
          <Chart labels={labels} series={series} />
        </Suspense>
      </Fallible>
    </figure>
  );
}

/** A chart that cannot load (its chunk not yet stored, offline) or draw leaves the report and
 *  its table in place, with a word instead of the drawing. */
class Fallible extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
