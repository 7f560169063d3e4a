import { Link, useParams } from 'react-router';
import { usePendingKeys, useStep } from '../../db';
import { todayIso } from '../../domain/dates';
import { isMilestone, isOverdue } from '../../domain/path';
import { useUserData } from '../data/user-data-context';
import { StepReading } from '../welcome/StepReading';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { AddToCalendar } from './AddToCalendar';
import { DoneToggle } from './DoneToggle';
import { EquipmentPanel } from './EquipmentPanel';
import { useFormat } from './format';
import { kindIconClass } from './kind-icon';
import { MilestonePanel } from './MilestonePanel';
import { PendingMark } from './PendingMark';
import { StatusBadge } from './StatusBadge';
import { useStepLabels } from './step-labels';
import { useRecruitT } from './strings';
import './recruit.css';

/** One step: what it is, when it is due, what to know, and what the recruit can do. */
export default function StepScreen() {
  const { t } = useRecruitT();
  const { stepId = '' } = useParams();
  const { db } = useUserData();
  const step = useStep(db, stepId);
  const pending = usePendingKeys(db);
  const format = useFormat();
  const labels = useStepLabels();
  useDocumentTitle(step?.title ?? t('path.title'));

  const back = (
    <Link className="back-link" to="/">
      <span aria-hidden="true">← </span>
      {t('step.back')}
    </Link>
  );
  if (step === undefined) return <Loading />;
  if (step === null) {
    return (
      <section className="recruit-screen">
        {back}
        <h1>{t('step.notFound')}</h1>
      </section>
    );
  }

  const overdue = isOverdue(step, todayIso(new Date()));
  return (
    <article className="recruit-screen step-detail" aria-labelledby="step-title">
      {back}
      <h1 id="step-title">{step.title}</h1>
      <p className="step-detail__meta">
        <span className={`step-item__kind ${kindIconClass(step.kind)}`}>
          {labels.kind[step.kind]}
        </span>
        <span>{t('step.due', { date: format.day(step.dueDate) })}</span>
      </p>
      <p className="step-detail__status">
        <StatusBadge status={step.status} overdue={overdue} labels={labels} />
        {pending?.has(`step:${step.id}`) ? <PendingMark /> : null}
      </p>
      {step.help ? (
        <section className="step-detail__help" aria-labelledby="step-help">
          <h2 id="step-help">{t('step.help')}</h2>
          <p>{step.help}</p>
        </section>
      ) : null}
      <StepReading step={step} />
      {isMilestone(step) ? (
        <MilestonePanel step={step} />
      ) : step.kind === 'equipment' ? (
        <EquipmentPanel step={step} />
      ) : (
        <DoneToggle step={step} />
      )}
      <AddToCalendar
        event={{
          uid: `${step.id}@parcours`,
          title: step.title,
          description: step.help,
          date: step.dueDate,
        }}
        describedBy="step-title"
      />
    </article>
  );
}
