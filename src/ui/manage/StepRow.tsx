import type { TFunction } from 'i18next';
import type { RecruitFile } from '../../db/recruit-file';
import type { Step } from '../../domain/entities';
import { isMilestone, isOverdue } from '../../domain/path';
import type { Format } from '../recruit/format';
import { CommentList } from './MilestoneComments';
import { StepActions } from './StepActions';

/** What every step of the page shares, handed down once: a row takes no hooks of its own
 *  (each useTranslation builds a copy of the i18n instance when a row mounts). */
export interface StepContext {
  file: RecruitFile;
  today: string;
  may: (command: string) => boolean;
  t: TFunction<'manage'>;
  format: Format;
  /** Ticks or unticks a step (step.setDone); the id of the one being ticked. */
  tick: (step: Step) => void;
  ticking: string | null;
  /** Says a form's success for the whole path (see StepForms). */
  onDone: (message: string) => void;
}

/** One step of the recruit's path: where it stands, who did what and when, what was said,
 *  and what the supervisor may do on it. */
export function StepRow({ step, context }: { step: Step; context: StepContext }) {
  const { file, today, t, format } = context;
  const overdue = isOverdue(step, today);
  const pending = file.pending.has(`step:${step.id}`);
  const titleId = `step-title-${step.id}`;
  return (
    <li className={overdue ? 'manage-step is-overdue' : 'manage-step'}>
      <p className="manage-step__title">
        <strong id={titleId}>{step.title}</strong>{' '}
        <span className="manage-sub">
          {t(`recruit.kinds.${step.kind}`)} ·{' '}
          {t('recruit.due', { date: format.date(step.dueDate) })}
        </span>
      </p>
      <p>
        <span className={overdue ? 'manage-tag is-alert' : 'manage-tag'}>
          {t(`recruit.statuses.${step.status}`)}
          {overdue ? ` · ${t('recruit.overdue')}` : ''}
        </span>
        {step.assetTag ? (
          <span className="manage-sub">{t('recruit.assetTagIs', { tag: step.assetTag })}</span>
        ) : null}
        {pending ? <span className="manage-sub">⟳ {t('recruit.pending')}</span> : null}
      </p>
      {step.submittedNote ? (
        <p className="manage-sub">{t('recruit.note', { note: step.submittedNote })}</p>
      ) : null}
      {step.decision ? (
        <p className="manage-sub">
          {t(`recruit.decided.${step.decision.decision}`, {
            name: file.names.get(step.decision.by) ?? '—',
            date: format.date(step.decision.at.slice(0, 10)),
          })}
          {step.decision.delegatedBy
            ? ` ${t('recruit.onBehalfOf', { name: file.names.get(step.decision.delegatedBy) ?? '—' })}`
            : ''}
          {step.decision.comment ? ` « ${step.decision.comment} »` : ''}
        </p>
      ) : step.updatedAt ? (
        <p className="manage-sub">
          {t('recruit.updated', { date: format.date(step.updatedAt.slice(0, 10)) })}
        </p>
      ) : null}
      {isMilestone(step) ? (
        <CommentList
          comments={file.comments.get(step.id) ?? []}
          names={file.names}
          t={t}
          format={format}
        />
      ) : null}
      <StepActions step={step} context={context} titleId={titleId} />
    </li>
  );
}
