import type { Agent } from '../../../domain/organisation';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../login/TextField';
import type { GroupValues } from './GroupForm';
import { useGroupsT } from './strings';

interface Props {
  values: GroupValues;
  agents: readonly Agent[];
  set: (change: Partial<GroupValues>) => void;
  errorOf: (field: 'facilitatorId' | 'facilitator') => string | undefined;
}

/** Who leads the group: an agent (she then schedules its sessions and records attendance)
 *  or someone from outside, named. */
export function FacilitatorFields({ values, agents, set, errorOf }: Props) {
  const { t } = useGroupsT();
  const choices = agents
    .filter((a) => !a.disabled || a.id === values.facilitatorId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((a) => ({ value: a.id, label: `${a.displayName} — ${a.job}` }));
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{t('form.facilitatorKind')}</legend>
      <div className="group-radios">
        {([true, false] as const).map((internal) => (
          <label key={String(internal)} className="checkbox-group__item">
            <input
              type="radio"
              name="facilitator-kind"
              checked={values.internal === internal}
              onChange={() => set({ internal })}
            />
            {internal ? t('form.internal') : t('form.external')}
          </label>
        ))}
      </div>
      {values.internal ? (
        <SelectField
          label={t('form.facilitatorId')}
          value={values.facilitatorId}
          onChange={(facilitatorId) => set({ facilitatorId })}
          error={errorOf('facilitatorId')}
          choices={[{ value: '', label: t('form.choose'), disabled: true }, ...choices]}
        />
      ) : (
        <TextField
          label={t('form.facilitator')}
          value={values.facilitator}
          maxLength={120}
          onChange={(event) => set({ facilitator: event.target.value })}
          error={errorOf('facilitator')}
        />
      )}
    </fieldset>
  );
}
