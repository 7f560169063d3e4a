import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { DomainError } from '../../../domain/errors';
import { EmploymentStatus, type Agent } from '../../../domain/organisation';
import type { Actor } from '../../../domain/permissions';
import { SelectField } from '../../components/SelectField';
import { useCommandError } from '../../data/command-error';
import { TextField } from '../../login/TextField';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import {
  argsOf,
  isAccountField,
  NOWHERE,
  valuesOf,
  type AccountField,
  type AccountValues,
} from './account-form';
import { grantsAnyRole, mayPlaceNowhere, reachableCirconscriptions } from './account-view';
import { RolesField } from './RolesField';
import { useAccountsT } from './strings';
import type { AccountsData } from './useAccountsData';

const labels = {
  email: 'form.email',
  displayName: 'form.displayName',
  roles: 'form.roles',
  job: 'form.job',
  status: 'form.status',
  circonscriptionId: 'form.circonscription',
  startDate: 'form.startDate',
  endDate: 'form.endDate',
  phone: 'form.phone',
} as const satisfies Record<AccountField, string>;

interface Props {
  /** The agent to edit; none for a new person. */
  agent?: Agent;
  data: AccountsData;
  actor: Actor;
}

/** agent.create and agent.update: one form. The command says what is wrong and on which
 *  field; the form shows it there, sums it up above the button and moves focus to it. */
export function AccountForm({ agent, data, actor }: Props) {
  const { t } = useAccountsT();
  const describe = useCommandError();
  const navigate = useNavigate();
  const jobsId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { act, busy, result } = useAction();
  const reachable = reachableCirconscriptions(
    actor,
    data.circonscriptions,
    agent?.circonscriptionId ?? null,
  );
  const nowhere = mayPlaceNowhere(actor);
  // A manager of one circonscription has nothing to choose.
  const only = !agent && !nowhere && reachable.length === 1 ? reachable[0]!.id : '';
  const [values, setValues] = useState(() => valuesOf(agent, only));
  const set = (change: Partial<AccountValues>) => setValues((now) => ({ ...now, ...change }));

  const failed = result && !result.ok ? result.error : null;
  const failedField = failed?.field?.split('.')[0];
  const onField = isAccountField(failedField) ? failedField : null;
  const messageOf = (error: DomainError, field: AccountField) => {
    if (error.code === 'duplicate' && field === 'email') return t('form.errors.emailTaken');
    if (error.code === 'forbidden' && field === 'roles') return t('form.errors.rolesForbidden');
    if (error.code === 'forbidden' && field === 'circonscriptionId')
      return t('form.errors.circonscriptionForbidden');
    return describe(error);
  };
  const errorOf = (field: AccountField) =>
    failed && onField === field ? messageOf(failed, field) : undefined;

  useEffect(() => {
    if (!onField) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid?.tagName === 'FIELDSET' ? invalid.querySelector('input') : invalid)?.focus();
  }, [result, onField]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = argsOf(values);
    const name = args.displayName.trim();
    if (agent) {
      await act('agent.update', { agentId: agent.id, ...args }, t('form.saved', { name }));
      return;
    }
    const id = crypto.randomUUID();
    const outcome = await act('agent.create', { id, ...args }, t('form.created', { name }));
    if (outcome.ok) void navigate(`/equipe/${id}`, { state: { created: name } });
  }

  const text = (field: 'email' | 'displayName' | 'startDate' | 'endDate' | 'phone') => ({
    label: t(labels[field]),
    value: values[field],
    error: errorOf(field),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
  });

  return (
    <form
      ref={form}
      className="manage-form manage-panel"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2>{agent ? t('form.editTitle') : t('form.newTitle')}</h2>
      <TextField {...text('email')} type="email" maxLength={254} spellCheck={false} />
      <TextField {...text('displayName')} maxLength={120} />
      <RolesField
        anyRole={grantsAnyRole(actor)}
        value={values.roles}
        onChange={(roles) => set({ roles })}
        error={errorOf('roles')}
      />
      <TextField
        label={t('form.job')}
        value={values.job}
        maxLength={120}
        list={jobsId}
        autoComplete="off"
        onChange={(event) => set({ job: event.target.value })}
        error={errorOf('job')}
      />
      <datalist id={jobsId}>
        {data.jobs.map((job) => (
          <option key={job} value={job} />
        ))}
      </datalist>
      <SelectField
        label={t('form.status')}
        value={values.status}
        onChange={(status) => set({ status: status as AccountValues['status'] })}
        error={errorOf('status')}
        choices={[
          { value: '', label: t('form.chooseStatus'), disabled: true },
          ...EmploymentStatus.options.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <SelectField
        label={t('form.circonscription')}
        value={values.circonscription}
        onChange={(circonscription) => set({ circonscription })}
        error={errorOf('circonscriptionId')}
        choices={[
          { value: '', label: t('form.chooseCirconscription'), disabled: true },
          ...(nowhere ? [{ value: NOWHERE, label: t('form.noCirconscription') }] : []),
          ...reachable.map((c) => ({ value: c.id, label: `${c.name} (${c.service})` })),
        ]}
      />
      <TextField {...text('startDate')} type="date" />
      <TextField {...text('endDate')} type="date" min={values.startDate || undefined} />
      <TextField {...text('phone')} type="tel" maxLength={30} />
      {failed && onField ? (
        <p className="field__error">
          {t('form.summary', { field: t(labels[onField]), message: messageOf(failed, onField) })}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {agent ? t('form.save') : t('form.create')}
      </button>
      <ActionFeedback result={result} shownOnField={onField !== null} />
    </form>
  );
}
