import { memo } from 'react';
import { Link } from 'react-router';
import type { Step } from '../../domain/entities';
import { KindIcon } from './KindIcon';
import { PendingMark } from './PendingMark';
import { StatusBadge } from './StatusBadge';
import { useRecruitT } from './strings';

interface Props {
  step: Step;
  /** The due date, already formatted (one formatter for the whole list). */
  due: string;
  overdue: boolean;
  pending: boolean;
}

/** One row of the timeline: a link to the step, with what it is, when, and where it stands.
 *  Memoised: a 200-step path re-renders only the rows that changed. */
export const StepItem = memo(function StepItem({ step, due, overdue, pending }: Props) {
  const { t } = useRecruitT();
  return (
    <li className={overdue ? 'step-item step-item--overdue' : 'step-item'}>
      <Link className="step-item__link" to={`/etapes/${step.id}`}>
        <span className="step-item__title">{step.title}</span>
        <span className="step-item__meta">
          <span className="step-item__kind">
            <KindIcon kind={step.kind} />
            {t(`step.kinds.${step.kind}`)}
          </span>
          <span>{t('step.due', { date: due })}</span>
        </span>
        <span className="step-item__badges">
          <StatusBadge step={step} overdue={overdue} />
          {pending ? <PendingMark /> : null}
        </span>
      </Link>
    </li>
  );
});
