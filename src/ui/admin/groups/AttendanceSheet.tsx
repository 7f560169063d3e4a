import { useState, type FormEvent } from 'react';
import type { Attendance, GroupSession } from '../../../domain/entities';
import { useUserData } from '../../data/user-data-context';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useFormat } from '../../recruit/format';
import type { ActionResult } from '../../recruit/useAction';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useGroupsT } from './strings';

interface Props {
  session: GroupSession;
  members: readonly { id: string; name: string }[];
  recorded: readonly Attendance[];
  /** Whether this person records attendance (the facilitator, the HR admin). */
  editable: boolean;
}

/** Who came to a session that took place: a box per member, ticked when present. Saving
 *  records each member whose answer is new (group.setAttendance, one per person). Nothing
 *  else about the session is ever written (DESIGN §4). */
export function AttendanceSheet({ session, members, recorded, editable }: Props) {
  const { t } = useGroupsT();
  const format = useFormat();
  const { run } = useUserData();
  const date = format.date(session.date);
  const [present, setPresent] = useState(() =>
    recorded.filter((a) => a.present).map((a) => a.agentId),
  );
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const presentCount = recorded.filter((a) => a.present).length;
  const summary =
    recorded.length === 0
      ? t('attendance.notRecorded')
      : t('attendance.recorded', { present: presentCount, total: recorded.length });
  if (members.length === 0) return <p>{t('attendance.noMembers')}</p>;
  if (!editable) return <p>{summary}</p>;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      for (const member of members) {
        const came = present.includes(member.id);
        if (recorded.some((a) => a.agentId === member.id && a.present === came)) continue;
        const args = { sessionId: session.id, agentId: member.id, present: came };
        const outcome = await run('group.setAttendance', args);
        if (!outcome.ok) {
          setResult({ ok: false, error: outcome.error });
          return;
        }
      }
      setResult({ ok: true, message: t('attendance.saved', { date }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="manage-form" onSubmit={(event) => void save(event)} noValidate>
      <CheckboxGroup
        legend={t('attendance.legend', { date })}
        hint={`${t('attendance.hint')} ${summary}.`}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        selected={present}
        onChange={setPresent}
        empty={t('attendance.noMembers')}
      />
      <button
        type="submit"
        className="button"
        aria-describedby={`session-${session.id}`}
        disabled={busy}
      >
        {t('attendance.save')}
      </button>
      <ActionFeedback result={result} />
    </form>
  );
}
