import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { ReminderCount, reminderCountId, useReminderCount } from '../reminders/ReminderCount';
import { warmRecruitScreens } from './screens';
import { useRecruitT } from './strings';
import './recruit.css';
import '../layout/nav.css';

const tabs = [
  { to: '/', key: 'path', icon: 'M3 17h3V9H3zm5.5 0h3V3h-3zM14 17h3v-5h-3z' },
  {
    to: '/formation',
    key: 'training',
    icon: 'M10 3 1 8l9 5 7-3.9V14h2V8zM5 11.5V15l5 3 5-3v-3.5l-5 2.8z',
  },
  {
    to: '/tuteur',
    key: 'mentor',
    icon: 'M10 9a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-8 10c0-4 3.6-7 8-7s8 3 8 7z',
  },
  {
    to: '/groupes',
    key: 'groups',
    icon: 'M10 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM4 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm12 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM5 18c0-3 2-6 5-6s5 3 5 6z',
  },
  {
    to: '/bienvenue',
    key: 'welcome',
    icon: 'M3 3h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H3zm14 0h-4a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h4z',
  },
] as const;

/** The recruit's five places: a tab bar at the bottom of a phone, a row on top elsewhere.
 *  NavLink marks the current one with aria-current="page". */
export default function RecruitNav() {
  const { t } = useRecruitT();
  // The screens these tabs and her steps lead to open offline from the first sign-in on.
  useEffect(warmRecruitScreens, []);
  const reminders = useReminderCount();
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul className="tab-bar__list">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink
              className="tab-bar__link"
              to={tab.to}
              end={tab.to === '/'}
              aria-describedby={tab.to === '/' && reminders > 0 ? reminderCountId : undefined}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" width="22" height="22">
                <path d={tab.icon} />
              </svg>
              <span>{t(`nav.${tab.key}`)}</span>
              {tab.to === '/' ? <ReminderCount count={reminders} /> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
