import { useState, type FormEvent } from 'react';
import { addDaysIso } from '../../../domain/dates';
import type { Agent, Circonscription } from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../login/TextField';
import { useAction } from '../../recruit/useAction';
import { Feedback } from './Feedback';
import { candidatesFor } from './organisation-view';
import { useFieldErrors } from './refusals';
import { useOrganisationT } from './strings';

const fields = ['managerId', 'circonscriptionId', 'from', 'until'] as const;

interface Props {
  agents: readonly Agent[];
  circonscriptions: readonly Circonscription[];
  today: string;
}

/** interim.record: who covers which circonscription, from which day to which. The command
 *  says what is wrong (an end before the start, more than a year, days already covered) and
 *  on which field; the form shows it there and keeps what was typed. */
export function InterimForm({ agents, circonscriptions, today }: Props) {
  const { t } = useOrganisationT();
  const { act, busy, result } = useAction();
  const { errorOf, general } = useFieldErrors('interim.record', fields, result);
  const empty = { managerId: '', circonscriptionId: '', from: today, until: addDaysIso(today, 30) };
  const [values, setValues] = useState(empty);
  const managers = candidatesFor(agents, 'manager');
  const open = circonscriptions.filter((c) => !c.closed);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = managers.find((a) => a.id === values.managerId)?.displayName ?? '';
    const args = { id: crypto.randomUUID(), ...values };
    const outcome = await act('interim.record', args, t('interims.recorded', { name }));
    if (outcome.ok) setValues(empty);
  }
  const set = (field: (typeof fields)[number]) => (value: string) =>
    setValues({ ...values, [field]: value });
  return (
    <form className="manage-form manage-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('interims.new')}</h3>
      <SelectField
        label={t('interims.manager')}
        value={values.managerId}
        onChange={set('managerId')}
        error={errorOf('managerId')}
        choices={[
          { value: '', label: t('interims.chooseManager'), disabled: true },
          ...managers.map((a) => ({ value: a.id, label: a.displayName })),
        ]}
      />
      <SelectField
        label={t('interims.circonscription')}
        value={values.circonscriptionId}
        onChange={set('circonscriptionId')}
        error={errorOf('circonscriptionId')}
        choices={[
          { value: '', label: t('interims.chooseCirconscription'), disabled: true },
          ...open.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <TextField
        label={t('interims.from')}
        type="date"
        value={values.from}
        onChange={(event) => set('from')(event.target.value)}
        error={errorOf('from')}
      />
      <TextField
        label={t('interims.until')}
        type="date"
        value={values.until}
        onChange={(event) => set('until')(event.target.value)}
        error={errorOf('until')}
      />
      <button
        type="submit"
        className="button"
        disabled={busy || !values.managerId || !values.circonscriptionId}
      >
        {t('interims.submit')}
      </button>
      <Feedback result={result} error={general} />
    </form>
  );
}
