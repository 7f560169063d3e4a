import '../team/team.css';
import { Link } from 'react-router';
import type { WaitingMilestone } from '../../domain/figures';
import { useUserData } from '../data/user-data-context';
import { ReviewCard } from '../team/ReviewCard';
import { useManageT } from './strings';

interface Props {
  item: WaitingMilestone;
  /** The name of the manager who delegated this approval, when it is hers. */
  delegatedBy: string | null;
  pending: boolean;
  onDecided: (message: string) => void;
}

/** One waiting milestone: the review card, with how long it has waited, whether it is
 *  decided on another manager's behalf, and a way to the recruit's whole page. */
export function ApprovalItem({ item, delegatedBy, pending, onDecided }: Props) {
  const { t } = useManageT();
  const { run } = useUserData();
  return (
    <ReviewCard
      review={item}
      pending={pending}
      onDecided={onDecided}
      decide={(decision, comment) =>
        run('milestone.decide', {
          stepId: item.step.id,
          decision,
          ...(comment ? { comment } : {}),
        })
      }
    >
      <p className={item.waitingDays >= 5 ? 'is-alert' : undefined}>
        {t('approvals.waited', { count: item.waitingDays })}
      </p>
      {delegatedBy ? (
        <p className="manage-tag">{t('approvals.delegated', { name: delegatedBy })}</p>
      ) : null}
      <p>
        <Link to={`/recrues/${item.path.recruitId}`}>
          {t('approvals.open', { name: item.recruit?.displayName ?? '' })}
        </Link>
      </p>
    </ReviewCard>
  );
}
