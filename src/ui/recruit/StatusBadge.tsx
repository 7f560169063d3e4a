import type { Step } from '../../domain/entities';
import { useRecruitT } from './strings';

/** The step's state in words (never colour alone), and "En retard" when it is late. */
export function StatusBadge({ step, overdue }: { step: Pick<Step, 'status'>; overdue: boolean }) {
  const { t } = useRecruitT();
  return (
    <>
      <span className={`badge badge--${step.status}`}>{t(`step.statuses.${step.status}`)}</span>
      {overdue ? <span className="badge badge--overdue">{t('step.overdue')}</span> : null}
    </>
  );
}
