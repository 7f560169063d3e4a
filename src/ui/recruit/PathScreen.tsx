import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecruitPath } from '../../db';
import { todayIso } from '../../domain/dates';
import { progress, timeline } from '../../domain/path';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { ProgressRing } from './ProgressRing';
import { useStepLabels } from './step-labels';
import { useRecruitT } from './strings';
import { TimelineSection, type Section } from './TimelineSection';
import { RemindersPanel } from '../reminders/RemindersPanel';
import { useInAppLinks } from '../components/useInAppLinks';
import './recruit.css';

const sections: Section[] = ['now', 'next', 'later', 'done'];

/** "Mon parcours": the recruit's steps as a timeline — now, next, later, done. One live
 *  query reads the whole path; grouping is memoised; the rows' words are looked up once. */
export default function PathScreen() {
  const { t: tc } = useTranslation();
  const { t } = useRecruitT();
  const { db, agent } = useUserData();
  useDocumentTitle(t('path.title'));
  const loaded = useRecruitPath(db, agent.id);
  const path = loaded?.path;
  const steps = loaded?.steps;
  const pending = loaded?.pending;
  const labels = useStepLabels();
  const links = useInAppLinks();
  const today = todayIso(new Date());
  const groups = useMemo(() => (steps ? timeline(steps, today) : undefined), [steps, today]);
  const counts = useMemo(() => (steps ? progress(steps) : undefined), [steps]);

  return (
    <section className="recruit-screen" aria-labelledby="home-title">
      <h1 id="home-title">{tc('home.greeting', { name: agent.displayName })}</h1>
      <RemindersPanel />
      {path === null ? (
        <p className="notice">{t('path.noPath')}</p>
      ) : !groups || !counts ? (
        <Loading />
      ) : (
        <>
          <ProgressRing done={counts.done} total={counts.total} />
          <div className="timeline" ref={links}>
            {sections.map((section) => (
              <TimelineSection
                key={section}
                section={section}
                steps={groups[section]}
                today={today}
                pending={pending}
                labels={labels}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
