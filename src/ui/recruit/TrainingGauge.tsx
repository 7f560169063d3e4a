import type { TrainingAccount } from '../../domain/training';
import { useFormat } from './format';
import { useRecruitT } from './strings';

/** The year's training days against the target, and whether the pace holds. */
export function TrainingGauge({ account }: { account: TrainingAccount }) {
  const { t } = useRecruitT();
  const format = useFormat();
  const { year, days, target, remaining, monthsLeft, pace } = account;
  const remainingText = t('training.days', { count: remaining, days: format.number(remaining) });
  const monthsText =
    monthsLeft > 0 ? t('training.months', { count: monthsLeft }) : t('training.lastMonth');
  return (
    <section className="gauge" aria-labelledby="gauge-title">
      <h2 id="gauge-title">{t('training.gaugeTitle', { year })}</h2>
      <meter
        className="gauge__meter"
        min={0}
        max={target}
        low={target / 2}
        optimum={target}
        value={Math.min(days, target)}
        aria-labelledby="gauge-title"
        aria-describedby="gauge-value"
      />
      <p id="gauge-value" className="gauge__value">
        {t('training.gauge', {
          count: days,
          days: format.number(days),
          target: format.number(target),
        })}
      </p>
      <p className={pace === 'behind' ? 'gauge__pace gauge__pace--behind' : 'gauge__pace'}>
        {pace === 'met'
          ? t('training.met')
          : pace === 'onTrack'
            ? t('training.onTrack', { remaining: remainingText })
            : t('training.behind', { remaining: remainingText, months: monthsText })}
      </p>
    </section>
  );
}
