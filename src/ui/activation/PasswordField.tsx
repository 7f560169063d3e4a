import { useState, type Ref } from 'react';
import { HintedField } from './HintedField';
import { useActivationT } from './strings';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** A new password, with its one rule said plainly and a button to see what was typed: on a
 *  phone's keyboard, a password nobody can check is one people shorten. */
export function PasswordField({ value, onChange, error, ref }: Props) {
  const { t } = useActivationT();
  const [shown, setShown] = useState(false);
  return (
    <HintedField
      ref={ref}
      label={t('activate.password')}
      hint={t('activate.passwordHint')}
      error={error}
      name="password"
      type={shown ? 'text' : 'password'}
      autoComplete="new-password"
      autoCapitalize="none"
      spellCheck={false}
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      beside={(inputId) => (
        <button
          type="button"
          className="button button--quiet field__toggle"
          aria-controls={inputId}
          onClick={() => setShown(!shown)}
        >
          {shown ? t('activate.hide') : t('activate.show')}
        </button>
      )}
    />
  );
}
