import { Link } from 'react-router';
import { useAdminT } from './strings';

const shortcuts = [
  { key: 'team', to: '/equipe' },
  { key: 'import', to: '/equipe/import' },
  { key: 'organisation', to: '/organisation' },
  { key: 'templates', to: '/modeles' },
  { key: 'groups', to: '/analyse-de-pratiques' },
] as const;

/** The ways into everything the HR admin manages, one card each: what it is, what it does. */
export function AdminShortcuts() {
  const { t } = useAdminT();
  return (
    <section aria-labelledby="admin-shortcuts-title">
      <h2 id="admin-shortcuts-title">{t('home.shortcuts.title')}</h2>
      <ul className="admin-shortcuts">
        {shortcuts.map(({ key, to }) => (
          <li key={key}>
            <Link to={to}>{t(`home.shortcuts.${key}.title`)}</Link>
            <p>{t(`home.shortcuts.${key}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
