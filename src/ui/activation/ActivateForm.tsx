import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCode, normaliseCode } from '../../domain/activation';
import { useOnline } from '../layout/useOnline';
import { failureMessage } from '../login/login-messages';
import { useSession } from '../session/session-context';
import { activate, type ActivateFailure } from './activation-api';
import { checkActivation, isLocalCodeProblem, type ActivateProblems } from './activate-messages';
import { HintedField } from './HintedField';
import { PasswordField } from './PasswordField';
import { useActivationT } from './strings';

/** What the alert region says: refusals that concern no field. */
type Alert =
  | Extract<ActivateFailure, { reason: 'tooManyAttempts' }>
  | { reason: 'network' | 'unexpected' | 'offline' };

/** The code (from the link, or typed) and the password she chooses; on success she is
 *  signed in as by the login form, and the screen takes her home. */
export function ActivateForm({ initialCode }: { initialCode: string }) {
  const { t } = useActivationT();
  const { t: tCommon } = useTranslation();
  const { signedIn } = useSession();
  const online = useOnline();
  const [code, setCode] = useState(initialCode);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<ActivateProblems>({});
  const [alert, setAlert] = useState<Alert | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkActivation(code, password);
    setProblems(found);
    setAlert(null);
    if (found.code) return codeInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    if (!online) return setAlert({ reason: 'offline' });

    setSubmitting(true);
    const result = await activate(normaliseCode(code), password);
    // On success the session changes and the screen redirects to her home.
    if (result.ok) return signedIn(result.agent);
    setSubmitting(false);
    switch (result.reason) {
      case 'activationInvalid':
        setProblems({ code: result.reason });
        return codeInput.current?.focus();
      case 'passwordTooShort':
      case 'passwordTooLong':
      case 'passwordTooCommon':
        setProblems({ password: result.reason });
        return passwordInput.current?.focus();
      default:
        return setAlert(result);
    }
  }

  function alertText(shown: Alert): string {
    switch (shown.reason) {
      case 'offline':
        return t('activate.offline');
      case 'tooManyAttempts':
        return failureMessage(tCommon, shown);
      default:
        return failureMessage(tCommon, { reason: shown.reason });
    }
  }

  const codeError = problems.code
    ? isLocalCodeProblem(problems.code)
      ? t(`activate.errors.${problems.code}`)
      : tCommon(`login.errors.${problems.code}`)
    : undefined;
  return (
    <form className="login-form" noValidate onSubmit={(event) => void submit(event)}>
      <div role="alert" className="login-form__alert">
        {alert ? <p>{alertText(alert)}</p> : null}
      </div>
      <HintedField
        ref={codeInput}
        label={t('activate.code')}
        hint={t('activate.codeHint')}
        error={codeError}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        onBlur={() => setCode((typed) => formatCode(normaliseCode(typed)))}
      />
      <PasswordField
        ref={passwordInput}
        error={problems.password && tCommon(`login.errors.${problems.password}`)}
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t('activate.submit')}
      </button>
    </form>
  );
}
