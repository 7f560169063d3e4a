import { useMemo } from 'react';
import type { Training } from '../../domain/entities';
import { yearOf } from '../../domain/dates';
import { useFormat } from './format';
import { PendingMark } from './PendingMark';
import { useRecruitT } from './strings';

interface Props {
  trainings: readonly Training[];
  pending: ReadonlySet<string> | undefined;
}

/** The trainings recorded, newest first, grouped by year. */
export function TrainingList({ trainings, pending }: Props) {
  const { t } = useRecruitT();
  const format = useFormat();
  const years = useMemo(() => {
    const byYear = new Map<number, Training[]>();
    for (const training of [...trainings].sort((a, b) => b.date.localeCompare(a.date))) {
      const year = yearOf(training.date);
      byYear.set(year, [...(byYear.get(year) ?? []), training]);
    }
    return [...byYear.entries()];
  }, [trainings]);

  return (
    <section aria-labelledby="trainings-title">
      <h2 id="trainings-title">{t('training.listTitle')}</h2>
      {years.length === 0 ? <p>{t('training.empty')}</p> : null}
      {years.map(([year, list]) => (
        <section key={year} aria-labelledby={`trainings-${year}`}>
          <h3 id={`trainings-${year}`}>{t('training.year', { year })}</h3>
          <ul className="item-list">
            {list.map((training) => (
              <li key={training.id} className="tile">
                <p className="tile__title">
                  {training.title}
                  {pending?.has(`training:${training.id}`) ? <PendingMark /> : null}
                </p>
                <p>
                  {format.date(training.date)} ·{' '}
                  {t('training.days', {
                    count: training.days,
                    days: format.number(training.days),
                  })}
                </p>
                {training.provider ? (
                  <p>{t('training.provider', { provider: training.provider })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
