import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginFailure } from '../session/auth-api';
import { useSession } from '../session/session-context';
import { checkFields, failureMessage, type FieldProblems } from './login-messages';
import { TextField } from './TextField';

export function LoginForm({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const { logIn } = useSession();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkFields(email.trim(), password);
    setProblems(found);
    setFailure(null);
    if (found.email) return emailInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();

    setSubmitting(true);
    const result = await logIn(email.trim(), password);
    // On success the session changes and the login route redirects to the home screen.
    if (result.ok) return;
    setSubmitting(false);
    if (result.reason === 'invalid' && result.field) {
      setProblems({
        [result.field]: result.field === 'email' ? 'emailInvalid' : 'passwordRequired',
      });
    } else {
      setFailure(result);
    }
  }

  return (
    <form className="login-form" noValidate onSubmit={(event) => void submit(event)}>
      <div role="alert" className="login-form__alert">
        {failure ? <p>{failureMessage(t, failure)}</p> : null}
      </div>
      <TextField
        ref={emailInput}
        label={t('login.email')}
        error={problems.email && t(`login.errors.${problems.email}`)}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        ref={passwordInput}
        label={t('login.password')}
        error={problems.password && t(`login.errors.${problems.password}`)}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t('login.submit')}
      </button>
    </form>
  );
}
