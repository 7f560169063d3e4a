import { useState, type FormEvent } from 'react';
import {
  Service,
  type Agent,
  type Circonscription,
  type Territory,
} from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../login/TextField';
import { useAction } from '../../recruit/useAction';
import { Feedback } from './Feedback';
import { ManagersField } from './ManagersField';
import { candidatesFor, sameIds } from './organisation-view';
import { useFieldErrors } from './refusals';
import { useOrganisationT } from './strings';

const fields = ['territoryId', 'name', 'service', 'managerIds'] as const;

interface Props {
  /** The circonscription to edit; none: a new one. */
  circonscription?: Circonscription;
  territories: readonly Territory[];
  agents: readonly Agent[];
}

type Values = Pick<Circonscription, 'territoryId' | 'name' | 'service' | 'managerIds'>;

/** The fields that differ from what is stored: an update sends only those. */
function changesOf(values: Values, initial: Values): Partial<Values> {
  const changes: Partial<Values> = {};
  if (values.territoryId !== initial.territoryId) changes.territoryId = values.territoryId;
  if (values.name.trim() !== initial.name) changes.name = values.name;
  if (values.service !== initial.service) changes.service = values.service;
  if (!sameIds(values.managerIds, initial.managerIds)) changes.managerIds = values.managerIds;
  return changes;
}

/** circonscription.create or circonscription.update: renames, moves to another territory,
 *  changes its service or its managers. A refusal shows under the field it names. */
export function CirconscriptionForm({ circonscription, territories, agents }: Props) {
  const { t } = useOrganisationT();
  const command = circonscription ? 'circonscription.update' : 'circonscription.create';
  const { act, busy, result } = useAction();
  const { errorOf, general } = useFieldErrors(command, fields, result);
  const initial: Values = circonscription
    ? {
        territoryId: circonscription.territoryId,
        name: circonscription.name,
        service: circonscription.service,
        managerIds: circonscription.managerIds,
      }
    : { territoryId: '', name: '', service: 'SSD', managerIds: [] };
  const [values, setValues] = useState<Values>(initial);
  // A closed territory takes no circonscription, but the one it is in stays shown.
  const choices = territories.filter((x) => !x.closed || x.id === initial.territoryId);
  const changes = changesOf(values, initial);
  const ready = circonscription
    ? Object.keys(changes).length > 0
    : values.territoryId !== '' && values.name.trim() !== '';
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = values.name.trim();
    if (circonscription) {
      const args = { circonscriptionId: circonscription.id, ...changes };
      await act(command, args, t('circonscriptions.saved', { name }));
      return;
    }
    const args = { id: crypto.randomUUID(), ...values };
    const outcome = await act(command, args, t('circonscriptions.created', { name }));
    if (outcome.ok) setValues({ ...initial, territoryId: values.territoryId });
  }
  return (
    <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        label={t('circonscriptions.territory')}
        value={values.territoryId}
        onChange={(territoryId) => setValues({ ...values, territoryId })}
        error={errorOf('territoryId')}
        choices={[
          { value: '', label: t('circonscriptions.chooseTerritory'), disabled: true },
          ...choices.map((x) => ({ value: x.id, label: x.name })),
        ]}
      />
      <TextField
        label={t('circonscriptions.name')}
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
        error={errorOf('name')}
        maxLength={120}
        autoComplete="off"
      />
      <SelectField
        label={t('circonscriptions.service')}
        value={values.service}
        onChange={(service) => setValues({ ...values, service: Service.parse(service) })}
        error={errorOf('service')}
        choices={Service.options.map((value) => ({ value, label: t(`services.${value}`) }))}
      />
      <ManagersField
        legend={t('circonscriptions.managersLegend')}
        hint={t('circonscriptions.managersHint')}
        empty={t('circonscriptions.noCandidate')}
        candidates={candidatesFor(agents, 'manager', initial.managerIds)}
        selected={values.managerIds}
        onChange={(managerIds) => setValues({ ...values, managerIds })}
        error={errorOf('managerIds')}
      />
      <button type="submit" className="button" disabled={busy || !ready}>
        {circonscription ? t('circonscriptions.save') : t('circonscriptions.create')}
      </button>
      <Feedback result={result} error={general} />
    </form>
  );
}
