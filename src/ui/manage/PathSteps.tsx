import type { RecruitFile } from '../../db/recruit-file';
import type { Step } from '../../domain/entities';
import { isMilestone, isOverdue, timeline } from '../../domain/path';
import { Folded } from '../components/Folded';
import { useFormat } from '../recruit/format';
import { MilestoneComments } from './MilestoneComments';
import { StepActions } from './StepActions';
import { useManageT } from './strings';

const sections = ['now', 'next', 'later', 'done'] as const;
const folded: ReadonlySet<string> = new Set(['later', 'done']);

interface Props {
  file: RecruitFile;
  today: string;
  may: (command: string) => boolean;
}

/** The recruit's path as she sees it (the same grouping: now, next, later, done), each step
 *  with where it stands, who did what and when, and what the supervisor may do on it. */
export function PathSteps({ file, today, may }: Props) {
  const { t } = useManageT();
  const groups = timeline(file.steps, today);
  return (
    <section aria-labelledby="path-title" className="manage-panel">
      <h2 id="path-title">{t('recruit.path')}</h2>
      {sections.map((section) => {
        const id = `path-${section}`;
        const heading = (
          <h3 id={id}>{t(`recruit.sections.${section}`, { count: groups[section].length })}</h3>
        );
        const list =
          groups[section].length === 0 ? null : (
            <ul className="manage-steps" aria-labelledby={id}>
              {groups[section].map((step) => (
                <StepRow key={step.id} step={step} file={file} today={today} may={may} />
              ))}
            </ul>
          );
        // What is later or done folds away, as on her own screen: the page is about now.
        return folded.has(section) ? (
          <Folded key={section} id={id} heading={heading} detailsClassName="manage-folded">
            {list}
          </Folded>
        ) : (
          <section key={section} aria-labelledby={id}>
            {heading}
            {list}
          </section>
        );
      })}
    </section>
  );
}

function StepRow({ step, file, today, may }: { step: Step } & Props) {
  const { t } = useManageT();
  const format = useFormat();
  const overdue = isOverdue(step, today);
  const pending = file.pending.has(`step:${step.id}`);
  return (
    <li className={overdue ? 'manage-step is-overdue' : 'manage-step'}>
      <p className="manage-step__title">
        <strong>{step.title}</strong>{' '}
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
      <StepActions step={step} may={may} />
      {isMilestone(step) ? (
        <MilestoneComments
          stepId={step.id}
          comments={file.comments.get(step.id) ?? []}
          names={file.names}
          canComment={may('milestone.comment')}
        />
      ) : null}
    </li>
  );
}
