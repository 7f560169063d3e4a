import { useId, useState, type FormEvent } from 'react';
import type { RecruitFile } from '../../db/recruit-file';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

/** Gives the recruit a mentor, or another one (path.assignMentor). */
export function MentorPicker({ file }: { file: RecruitFile }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const [mentorId, setMentorId] = useState(file.mentor?.id ?? '');
  const id = useId();
  if (!file.path) return null;
  const pathId = file.path.id;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = file.names.get(mentorId) ?? '';
    await act('path.assignMentor', { pathId, mentorId }, t('recruit.mentorAssigned', { name }));
  }
  return (
    <form className="manage-action manage-action--inline" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-mentor`}>
          {t('recruit.mentorChoice')}
        </label>
        <select
          id={`${id}-mentor`}
          className="field__input"
          value={mentorId}
          onChange={(event) => setMentorId(event.target.value)}
        >
          <option value="" disabled>
            {t('recruit.chooseMentor')}
          </option>
          {file.mentors.map((mentor) => (
            <option key={mentor.id} value={mentor.id}>
              {mentor.displayName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy || !mentorId}>
        {t(file.mentor ? 'recruit.changeMentor' : 'recruit.assignMentor')}
      </button>
      <ActionFeedback result={result} />
    </form>
  );
}
