import { useState, type FormEvent } from 'react';
import type { Agent } from '../../domain/organisation';
import { useCommandError } from '../data/command-error';
import { SelectField } from '../components/SelectField';
import { TextField } from '../login/TextField';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

const fields = ['toAgentId', 'from', 'until'] as const;

/** approval.delegate: to whom, from, until. The command says what is wrong and on which
 *  field; the form shows it there and keeps what was typed. */
export function DelegationForm({ delegates, today }: { delegates: Agent[]; today: string }) {
  const { t } = useManageT();
  const describe = useCommandError();
  const { act, busy, result } = useAction();
  const [values, setValues] = useState({ toAgentId: '', from: today, until: today });
  const failed = result && !result.ok ? result.error : null;
  const onField = failed && (fields as readonly (string | undefined)[]).includes(failed.field);
  const errorOf = (field: (typeof fields)[number]) =>
    failed && failed.field === field ? describe(failed) : undefined;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = delegates.find((d) => d.id === values.toAgentId)?.displayName ?? '';
    await act('approval.delegate', values, t('delegations.given_ok', { name }));
  }
  return (
    <form className="manage-form manage-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('delegations.new')}</h2>
      <SelectField
        label={t('delegations.delegate')}
        value={values.toAgentId}
        onChange={(toAgentId) => setValues({ ...values, toAgentId })}
        error={errorOf('toAgentId')}
        choices={[
          { value: '', label: t('delegations.choose'), disabled: true },
          ...delegates.map((d) => ({ value: d.id, label: d.displayName })),
        ]}
      />
      <TextField
        label={t('delegations.fromLabel')}
        type="date"
        value={values.from}
        onChange={(event) => setValues({ ...values, from: event.target.value })}
        error={errorOf('from')}
      />
      <TextField
        label={t('delegations.untilLabel')}
        type="date"
        value={values.until}
        onChange={(event) => setValues({ ...values, until: event.target.value })}
        error={errorOf('until')}
      />
      <button type="submit" className="button" disabled={busy || !values.toAgentId}>
        {t('delegations.submit')}
      </button>
      <ActionFeedback result={result} shownOnField={Boolean(onField)} />
    </form>
  );
}
