import type { DashboardCounts as Counts } from '../../domain/figures';
import { useManageT } from './strings';

/** The dashboard's figures at a glance, in the order the domain gives them, as a list a
 *  screen reader reads in order. */
export function DashboardCounts({ counts }: { counts: Counts }) {
  const { t } = useManageT();
  const entries = Object.entries(counts) as [keyof Counts, number][];
  return (
    <section aria-label={t('dashboard.counts.title')} className="manage-counts">
      <ul>
        {entries.map(([key, count]) => (
          <li key={key} className={count > 0 && key !== 'recruits' ? 'is-alert' : undefined}>
            <strong>{count}</strong> <span>{t(`dashboard.counts.${key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
