import './nav.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { warmAdminScreens } from '../admin/screens';
import { warmSupervisorScreens } from '../manage/screens';
import { warmReportScreens } from '../reports/screens';
import { ReminderCount, reminderCountId, useReminderCount } from '../reminders/ReminderCount';
import type { NavEntry } from './navigation';

/** A supervisor's places: a bar at the bottom of a phone, a column at a desk (styles.css).
 *  NavLink marks the current one with aria-current="page". */
export function RoleNav({ entries }: { entries: readonly NavEntry[] }) {
  const { t } = useTranslation();
  // The screens these places lead to open offline from the first sign-in on.
  useEffect(warmSupervisorScreens, []);
  const reminders = useReminderCount();
  const places = entries.map((entry) => entry.to).join(' ');
  useEffect(() => warmAdminScreens(places.split(' ')), [places]);
  useEffect(() => warmReportScreens(places.split(' ')), [places]);
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul className="tab-bar__list">
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink
              className="tab-bar__link"
              to={entry.to}
              end={entry.to === '/'}
              aria-describedby={entry.to === '/' && reminders > 0 ? reminderCountId : undefined}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" width="22" height="22">
                <path d={entry.icon} />
              </svg>
              <span>{t(`nav.${entry.label}`)}</span>
              {entry.to === '/' ? <ReminderCount count={reminders} /> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
