import { useTranslation } from 'react-i18next';
import type { Agent, Role } from '../../domain/organisation';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export interface HomeProps {
  agent: Agent;
}

/** What every home screen starts with: a greeting and what the screen is for. */
export function RoleHome({ agent, forRole }: HomeProps & { forRole: Role }) {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.greeting', { name: agent.displayName })}</h1>
      <p className="home__intro">{t(`home.${forRole}`)}</p>
    </section>
  );
}
