import './nav.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavEntry } from './navigation';

/** The screens a supervisor's places lead to, loaded once the page is idle after sign-in:
 *  like the recruit's, they then open offline even before the service worker has the app. */
function warmSupervisorScreens(): () => void {
  const warm = () => {
    for (const load of [
      () => import('../manage/RecruitScreen'),
      () => import('../manage/ApprovalsScreen'),
      () => import('../manage/DelegationsScreen'),
      () => import('../manage/CreatePathScreen'),
      () => import('../manage/CirconscriptionScreen'),
    ])
      load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(warm, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(warm, 500);
  return () => clearTimeout(handle);
}

/** A supervisor's places: a bar at the bottom of a phone, a column at a desk (styles.css).
 *  NavLink marks the current one with aria-current="page". */
export function RoleNav({ entries }: { entries: readonly NavEntry[] }) {
  const { t } = useTranslation();
  useEffect(warmSupervisorScreens, []);
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul className="tab-bar__list">
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink className="tab-bar__link" to={entry.to} end={entry.to === '/'}>
              <svg aria-hidden="true" viewBox="0 0 20 20" width="22" height="22">
                <path d={entry.icon} />
              </svg>
              <span>{t(`nav.${entry.label}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
