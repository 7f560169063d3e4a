import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { PracticeGroup } from '../../../domain/entities';
import { Service } from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { useCommandError } from '../../data/command-error';
import { TextField } from '../../login/TextField';
import { ActionFeedback } from '../../recruit/ActionFeedback';
import { useAction } from '../../recruit/useAction';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FacilitatorFields } from './FacilitatorFields';
import { MemberPicker } from './MemberPicker';
import { useGroupsT } from './strings';
import type { GroupsData } from './useGroupsData';

const fields = [
  'name',
  'facilitatorId',
  'facilitator',
  'territoryId',
  'circonscriptionIds',
  'service',
  'memberIds',
] as const;
type Field = (typeof fields)[number];

export interface GroupValues {
  name: string;
  internal: boolean;
  facilitatorId: string;
  facilitator: string;
  territoryId: string;
  circonscriptionIds: string[];
  service: Service | '';
  memberIds: string[];
}

const valuesOf = (group: PracticeGroup | undefined): GroupValues => ({
  name: group?.name ?? '',
  internal: group ? Boolean(group.facilitatorId) : true,
  facilitatorId: group?.facilitatorId ?? '',
  facilitator: group && !group.facilitatorId ? group.facilitator : '',
  territoryId: group?.territoryId ?? '',
  circonscriptionIds: group?.circonscriptionIds ?? [],
  service: group?.service ?? '',
  memberIds: group?.memberIds ?? [],
});

/** group.create and group.update: name, facilitator (an agent, or someone from outside),
 *  reach, members. Attendance only is ever recorded: no field here takes what is said. */
export function GroupForm({ group, data }: { group?: PracticeGroup; data: GroupsData }) {
  const { t } = useGroupsT();
  const describe = useCommandError();
  const navigate = useNavigate();
  const { act, busy, result } = useAction();
  const [values, setValues] = useState(() => valuesOf(group));
  const set = (change: Partial<GroupValues>) => setValues((now) => ({ ...now, ...change }));
  const failed = result && !result.ok ? result.error : null;
  const failedField = failed?.field?.split('.')[0];
  const onField = fields.some((field) => field === failedField);
  const errorOf = (field: Field) =>
    failed && failedField === field ? describe(failed) : undefined;
  const circonscriptions = data.circonscriptions
    .filter((c) => c.territoryId === values.territoryId)
    .filter((c) => !c.closed || values.circonscriptionIds.includes(c.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = {
      name: values.name,
      // An agent not chosen yet is an empty id: the command names that field.
      facilitatorId: values.internal ? values.facilitatorId : null,
      ...(values.internal ? {} : { facilitator: values.facilitator }),
      territoryId: values.territoryId,
      circonscriptionIds: values.circonscriptionIds,
      service: values.service || null,
      memberIds: values.memberIds,
    };
    if (group) {
      await act('group.update', { groupId: group.id, ...args }, t('form.saved', args));
      return;
    }
    const id = crypto.randomUUID();
    const outcome = await act('group.create', { id, ...args }, t('form.created', args));
    if (outcome.ok) void navigate(`/analyse-de-pratiques/${id}`);
  }

  return (
    <form className="manage-form manage-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{group ? t('form.editTitle') : t('form.newTitle')}</h2>
      <TextField
        label={t('form.name')}
        value={values.name}
        maxLength={120}
        onChange={(event) => set({ name: event.target.value })}
        error={errorOf('name')}
      />
      <FacilitatorFields
        values={values}
        agents={data.agents}
        set={set}
        errorOf={(field) => errorOf(field)}
      />
      <SelectField
        label={t('form.territory')}
        value={values.territoryId}
        onChange={(territoryId) => set({ territoryId, circonscriptionIds: [] })}
        error={errorOf('territoryId')}
        choices={[
          { value: '', label: t('form.chooseTerritory'), disabled: true },
          ...data.territories
            .filter((x) => !x.closed || x.id === values.territoryId)
            .map((x) => ({ value: x.id, label: x.name })),
        ]}
      />
      <CheckboxGroup
        legend={t('form.circonscriptions')}
        options={circonscriptions.map((c) => ({ value: c.id, label: `${c.name} (${c.service})` }))}
        selected={values.circonscriptionIds}
        onChange={(circonscriptionIds) => set({ circonscriptionIds })}
        error={errorOf('circonscriptionIds')}
        empty={t('members.noTerritory')}
      />
      <SelectField
        label={t('form.service')}
        value={values.service}
        onChange={(service) => set({ service: service as GroupValues['service'] })}
        error={errorOf('service')}
        choices={[
          { value: '', label: t('form.anyService') },
          ...Service.options.map((s) => ({ value: s, label: `${s} — ${t(`services.${s}`)}` })),
        ]}
      />
      <MemberPicker
        values={values}
        data={data}
        onChange={(memberIds) => set({ memberIds })}
        error={errorOf('memberIds')}
      />
      <button type="submit" className="button" disabled={busy}>
        {group ? t('form.save') : t('form.create')}
      </button>
      <ActionFeedback result={result} shownOnField={onField} />
    </form>
  );
}
