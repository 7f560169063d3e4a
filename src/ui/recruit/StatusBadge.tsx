import type { StepStatus } from '../../domain/entities';
import type { StepLabels } from './step-labels';

interface Props {
  status: StepStatus;
  overdue: boolean;
  labels: Pick<StepLabels, 'status' | 'overdue'>;
}

/** The step's state in words (never colour alone), and "En retard" when it is late. */
export function StatusBadge({ status, overdue, labels }: Props) {
  return (
    <>
      <span className={`badge badge--${status}`}>{labels.status[status]}</span>
      {overdue ? <span className="badge badge--overdue">{labels.overdue}</span> : null}
    </>
  );
}
