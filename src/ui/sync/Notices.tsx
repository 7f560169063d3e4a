import { useTranslation } from 'react-i18next';
import { dismissNotice, useNotices, type UserDb } from '../../db';
import { useCommandError } from '../data/command-error';

const actions = [
  'step_setDone',
  'milestone_submit',
  'milestone_decide',
  'equipment_setStatus',
  'equipment_acknowledge',
  'training_record',
  'meeting_log',
  'path_create',
  'path_assignMentor',
  'group_setAttendance',
  'approval_delegate',
  'delegation_end',
  'milestone_comment',
] as const;
type Action = (typeof actions)[number];
const isAction = (key: string): key is Action => (actions as readonly string[]).includes(key);

/** Changes the server refused: their effect is already undone on this device; the person is
 *  told which and why, until they dismiss it. */
export function Notices({ db }: { db: UserDb }) {
  const { t } = useTranslation('sync');
  const reasonOf = useCommandError();
  const notices = useNotices(db) ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="alert" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices.title')}</h2>
      <ul>
        {notices.map((notice) => {
          const key = notice.name.replace('.', '_');
          const action = isAction(key) ? t(`actions.${key}`) : notice.name;
          const reason = reasonOf(notice);
          return (
            <li key={notice.id}>
              {t('notices.item', { action, reason })}{' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void dismissNotice(db, notice.id)}
              >
                {t('notices.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
