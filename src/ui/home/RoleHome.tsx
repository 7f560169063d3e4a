import { useTranslation } from 'react-i18next';
import type { Agent, Role } from '../../domain/organisation';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { RemindersPanel } from '../reminders/RemindersPanel';

export interface HomeProps {
  agent: Agent;
}

/** What every home screen starts with: a greeting, what the screen is for, and her
 *  reminders (issue 17's centre). */
export function RoleHome({ agent, forRole }: HomeProps & { forRole: Role }) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.greeting', { name: agent.displayName })}</h1>
      <p className="home__intro">{t(`home.${forRole}`)}</p>
      <RemindersPanel />
    </section>
  );
}
