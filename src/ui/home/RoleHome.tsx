import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent, Role } from '../../domain/organisation';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { RemindersPanel } from '../reminders/RemindersPanel';
import { useMyReminders } from '../reminders/reminders-context';

export interface HomeProps {
  agent: Agent;
}

/** What every home screen starts with: a greeting, what the screen is for, and her
 *  reminders (issue 17's centre); then `children`, the role's work, once her reminders are
 *  known: shown before, a dashboard would be pushed down the page by the reminders coming
 *  in above it (a layout shift: Lighthouse counted 0.25 on the manager's home). */
export function RoleHome({
  agent,
  forRole,
  children,
}: HomeProps & { forRole: Role; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const settled = useMyReminders() !== undefined;
  return (
    <>
      <section className="home" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.greeting', { name: agent.displayName })}</h1>
        <p className="home__intro">{t(`home.${forRole}`)}</p>
        <RemindersPanel />
      </section>
      {settled ? children : <Loading />}
    </>
  );
}
