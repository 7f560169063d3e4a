import { roles as allRoles, type Role } from '../../../domain/organisation';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useAccountsT } from './strings';

interface Props {
  /** Whether the person filling the form grants every role (HR), or only recruit. */
  anyRole: boolean;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error: string | undefined;
}

/** The roles: a box each for HR; for a manager, recruit, fixed and said so. */
export function RolesField({ anyRole, value, onChange, error }: Props) {
  const { t } = useAccountsT();
  if (!anyRole)
    return (
      <fieldset className="checkbox-group">
        <legend className="field__label">{t('form.roles')}</legend>
        <p className="checkbox-group__hint">{t('form.onlyRecruit')}</p>
        {error ? <p className="field__error">{error}</p> : null}
      </fieldset>
    );
  return (
    <CheckboxGroup
      legend={t('form.roles')}
      options={allRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      selected={value}
      onChange={(selected) => onChange(allRoles.filter((role) => selected.includes(role)))}
      error={error}
      empty=""
    />
  );
}
