import { useState } from 'react';
import { TextField } from '../../login/TextField';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import type { GroupValues } from './GroupForm';
import { candidatesFor } from './group-view';
import { useGroupsT } from './strings';
import type { GroupsData } from './useGroupsData';

/** The most members a group takes (the command's limit). */
const MAX_MEMBERS = 200;

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

interface Props {
  values: GroupValues;
  data: GroupsData;
  onChange: (memberIds: string[]) => void;
  error: string | undefined;
}

/** The members: a box per person of the group's reach, found by name (accents and capitals
 *  aside). Its facilitator is not among them. */
export function MemberPicker({ values, data, onChange, error }: Props) {
  const { t } = useGroupsT();
  const [filter, setFilter] = useState('');
  const reach = {
    territoryId: values.territoryId,
    circonscriptionIds: values.circonscriptionIds,
    service: values.service || null,
  };
  const wanted = folded(filter.trim());
  const options = candidatesFor(reach, data.agents, data.circonscriptions, values.memberIds)
    .filter((a) => !values.internal || a.id !== values.facilitatorId)
    .filter((a) => folded(a.displayName).includes(wanted))
    .map((a) => ({ value: a.id, label: a.displayName }));
  return (
    <CheckboxGroup
      legend={t('members.legend', { count: values.memberIds.length, max: MAX_MEMBERS })}
      hint={t('members.hint')}
      options={options}
      selected={values.memberIds}
      onChange={onChange}
      error={error}
      empty={values.territoryId ? t('members.none') : t('members.noTerritory')}
    >
      <TextField
        label={t('members.filter')}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        error={undefined}
      />
    </CheckboxGroup>
  );
}
