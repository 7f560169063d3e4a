import { useState, type FormEvent } from 'react';
import type { Agent, Territory } from '../../../domain/organisation';
import { TextField } from '../../login/TextField';
import { useAction } from '../../recruit/useAction';
import { Feedback } from './Feedback';
import { ManagersField } from './ManagersField';
import { candidatesFor, sameIds } from './organisation-view';
import { useFieldErrors } from './refusals';
import { useOrganisationT } from './strings';

const fields = ['name', 'managerIds'] as const;

interface Props {
  /** The territory to edit; none: a new one. */
  territory?: Territory;
  agents: readonly Agent[];
}

/** territory.create or territory.update: its name and its territory managers. A refusal shows
 *  under the field it names, and what was typed stays. */
export function TerritoryForm({ territory, agents }: Props) {
  const { t } = useOrganisationT();
  const command = territory ? 'territory.update' : 'territory.create';
  const { act, busy, result } = useAction();
  const { errorOf, general } = useFieldErrors(command, fields, result);
  const initial = { name: territory?.name ?? '', managerIds: territory?.managerIds ?? [] };
  const [values, setValues] = useState(initial);
  const candidates = candidatesFor(agents, 'territoryManager', initial.managerIds);
  const changed = {
    ...(values.name.trim() !== initial.name ? { name: values.name } : {}),
    ...(sameIds(values.managerIds, initial.managerIds) ? {} : { managerIds: values.managerIds }),
  };
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = values.name.trim();
    if (territory) {
      await act(
        command,
        { territoryId: territory.id, ...changed },
        t('territories.saved', { name }),
      );
      return;
    }
    const args = { id: crypto.randomUUID(), ...values };
    const outcome = await act(command, args, t('territories.created', { name }));
    if (outcome.ok) setValues(initial);
  }
  return (
    <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('territories.name')}
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
        error={errorOf('name')}
        maxLength={120}
        autoComplete="off"
      />
      <ManagersField
        legend={t('territories.managersLegend')}
        hint={t('territories.managersHint')}
        empty={t('territories.noCandidate')}
        candidates={candidates}
        selected={values.managerIds}
        onChange={(managerIds) => setValues({ ...values, managerIds })}
        error={errorOf('managerIds')}
      />
      <button
        type="submit"
        className="button"
        disabled={busy || (territory ? Object.keys(changed).length === 0 : !values.name.trim())}
      >
        {territory ? t('territories.save') : t('territories.create')}
      </button>
      <Feedback result={result} error={general} />
    </form>
  );
}
