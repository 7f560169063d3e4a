import { useState, type FormEvent } from 'react';
import type { RecruitFile } from '../../db/recruit-file';
import { SelectField } from '../components/SelectField';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

/** Gives the recruit a mentor, or another one (path.assignMentor). */
export function MentorPicker({ file }: { file: RecruitFile }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const [mentorId, setMentorId] = useState(file.mentor?.id ?? '');
  if (!file.path) return null;
  const pathId = file.path.id;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = file.names.get(mentorId) ?? '';
    await act('path.assignMentor', { pathId, mentorId }, t('recruit.mentorAssigned', { name }));
  }
  return (
    <form className="manage-action manage-action--inline" onSubmit={(event) => void submit(event)}>
      <SelectField
        label={t('recruit.mentorChoice')}
        value={mentorId}
        onChange={setMentorId}
        choices={[
          { value: '', label: t('recruit.chooseMentor'), disabled: true },
          ...file.mentors.map((mentor) => ({ value: mentor.id, label: mentor.displayName })),
        ]}
      />
      <button type="submit" className="button" disabled={busy || !mentorId}>
        {t(file.mentor ? 'recruit.changeMentor' : 'recruit.assignMentor')}
      </button>
      <ActionFeedback result={result} />
    </form>
  );
}
