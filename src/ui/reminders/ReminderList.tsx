import './reminders.css';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReminderItem } from '../../db/reminders';
import { useUserData } from '../data/user-data-context';
import { useFormat } from '../recruit/format';
import { useRemindersT } from './strings';

/** Reminders as a list: each opens what it is about, and can be put away (on all her
 *  devices: reminder.dismiss syncs), the list announcing it; `empty` once none is left (the
 *  list stays, so that its announcement of the last one put away is heard). */
export function ReminderList({
  items,
  empty,
}: {
  items: readonly ReminderItem[];
  empty: ReactNode;
}) {
  const { t } = useRemindersT();
  const { run, agent } = useUserData();
  const [said, setSaid] = useState('');
  const dismiss = async (key: string) => {
    const outcome = await run('reminder.dismiss', { key });
    if (outcome.ok) setSaid(t('dismissed'));
  };
  return (
    <>
      <p role="status" className="reminders__said">
        {said}
      </p>
      {items.length === 0 ? (
        empty
      ) : (
        <ul className="reminders">
          {items.map((item) => (
            <Reminder
              key={item.reminder.key}
              item={item}
              self={item.reminder.recruitId === agent.id}
              onDismiss={dismiss}
            />
          ))}
        </ul>
      )}
    </>
  );
}

interface Props {
  item: ReminderItem;
  /** The reminder is about the reader herself (a recruit's own step). */
  self: boolean;
  onDismiss: (key: string) => Promise<void>;
}

function Reminder({ item, self, onDismiss }: Props) {
  const { t } = useRemindersT();
  const format = useFormat();
  const id = useId();
  const { reminder, recruit, about } = item;
  const rule = reminder.rule === 'stepOverdue' && !self ? 'stepOverdueOf' : reminder.rule;
  const text = t(`text.${rule}`, {
    count: Math.abs(reminder.days),
    recruit: recruit ?? '',
    about: about ?? '',
    date: format.date(reminder.on),
  });
  const late = reminder.days > 0;
  return (
    <li className={late ? 'reminder reminder--late' : 'reminder'}>
      <Link id={id} className="reminder__text" to={reminder.href}>
        {text}
      </Link>
      <button
        type="button"
        className="reminder__dismiss"
        aria-describedby={id}
        onClick={() => void onDismiss(reminder.key)}
      >
        {t('dismiss')}
      </button>
    </li>
  );
}
