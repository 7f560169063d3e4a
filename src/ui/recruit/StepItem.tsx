import { memo } from 'react';
import type { Step } from '../../domain/entities';
import { kindIconClass } from './kind-icon';
import { PendingMark } from './PendingMark';
import { StatusBadge } from './StatusBadge';
import type { StepLabels } from './step-labels';

interface Props {
  step: Step;
  overdue: boolean;
  pending: boolean;
  /** The list's words, looked up once for all its rows. */
  labels: StepLabels;
}

/** One row of the timeline: a link to the step, with what it is, when, and where it stands.
 *  Memoised: a 200-step path re-renders only the rows that changed. It calls no hook, so a
 *  row costs its elements only: its link is a plain <a>, which the timeline's useInAppLinks
 *  makes navigate within the app. */
export const StepItem = memo(function StepItem({ step, overdue, pending, labels }: Props) {
  return (
    <li className={overdue ? 'step-item step-item--overdue' : 'step-item'}>
      <a className="step-item__link" href={`/etapes/${step.id}`}>
        <span className="step-item__title">{step.title}</span>
        <span className="step-item__meta">
          <span className={`step-item__kind ${kindIconClass(step.kind)}`}>
            {labels.kind[step.kind]}
          </span>
          <span>{labels.due(step.dueDate)}</span>
        </span>
        <span className="step-item__badges">
          <StatusBadge status={step.status} overdue={overdue} labels={labels} />
          {pending ? <PendingMark /> : null}
        </span>
      </a>
    </li>
  );
});
