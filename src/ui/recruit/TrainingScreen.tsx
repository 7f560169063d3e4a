import { useMemo } from 'react';
import { usePendingKeys, useTrainings } from '../../db';
import { todayIso } from '../../domain/dates';
import { trainingAccount } from '../../domain/training';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useRecruitT } from './strings';
import { TrainingForm } from './TrainingForm';
import { TrainingGauge } from './TrainingGauge';
import { TrainingList } from './TrainingList';
import './recruit.css';

/** "Formation": the year's days against the 5-day target, the trainings, and a form. */
export default function TrainingScreen() {
  const { t } = useRecruitT();
  const { db, agent } = useUserData();
  useDocumentTitle(t('training.title'));
  const trainings = useTrainings(db, agent.id);
  const pending = usePendingKeys(db);
  const today = todayIso(new Date());
  const account = useMemo(
    () => (trainings ? trainingAccount(trainings, today, agent.startDate) : undefined),
    [trainings, today, agent.startDate],
  );
  return (
    <section className="recruit-screen" aria-labelledby="training-title">
      <h1 id="training-title">{t('training.title')}</h1>
      {trainings && account ? (
        <>
          <TrainingGauge account={account} />
          <TrainingForm agentId={agent.id} today={today} />
          <TrainingList trainings={trainings} pending={pending} />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
