import type { dashboardCounts } from '../../domain/figures';
import { useManageT } from './strings';

type Counts = ReturnType<typeof dashboardCounts>;
const order = [
  'recruits',
  'overdue',
  'waiting',
  'noMentor',
  'trainingShortfall',
  'noPath',
] as const;

/** The dashboard's figures at a glance, as a list a screen reader reads in order. */
export function DashboardCounts({ counts }: { counts: Counts }) {
  const { t } = useManageT();
  return (
    <section aria-label={t('dashboard.counts.title')} className="manage-counts">
      <ul>
        {order.map((key) => (
          <li key={key} className={counts[key] > 0 && key !== 'recruits' ? 'is-alert' : undefined}>
            <strong>{counts[key]}</strong> <span>{t(`dashboard.counts.${key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
