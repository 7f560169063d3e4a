import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useSession } from '../session/session-context';
import { LoginForm } from './LoginForm';

export function LoginScreen() {
  const { t } = useTranslation();
  const { identity, expired } = useSession();
  useDocumentTitle(t('login.title'));

  if (identity && !expired) return <Navigate to="/" replace />;
  return (
    <div className="login">
      <h1>{t('login.title')}</h1>
      {expired ? (
        <p className="notice" role="status">
          {t('login.sessionExpired')}
        </p>
      ) : (
        <p>{t('login.intro')}</p>
      )}
      <LoginForm initialEmail={identity?.agent.email ?? ''} />
      {/* A link to a chunk of its own: none of the activation's code weighs on this screen. */}
      <p>
        <Link to="/activer">{t('login.activationLink')}</Link>
      </p>
    </div>
  );
}
