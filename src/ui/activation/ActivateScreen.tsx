import './activation.css';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { codeFromFragment, formatCode } from '../../domain/activation';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useOnline } from '../layout/useOnline';
import { useSession } from '../session/session-context';
import { ActivateForm } from './ActivateForm';
import { useActivationT } from './strings';

/**
 * `/activer`: where the QR code of her welcome sheet leads. The code comes in the address's
 * fragment, which browsers never send to the server, and leaves the address bar at once so
 * that it stays out of her history. Someone signed in goes home, as from the login screen.
 */
export default function ActivateScreen() {
  const { t } = useActivationT();
  const { identity, expired } = useSession();
  const online = useOnline();
  const location = useLocation();
  const navigate = useNavigate();
  const [initialCode] = useState(() => formatCode(codeFromFragment(location.hash)));
  useDocumentTitle(t('activate.title'));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  if (identity && !expired) return <Navigate to="/" replace />;
  return (
    <div className="login activate">
      <h1>{t('activate.title')}</h1>
      <p>{t('activate.intro')}</p>
      {online ? null : (
        <p className="notice" role="status">
          {t('activate.offline')}
        </p>
      )}
      <ActivateForm initialCode={initialCode} />
      <p className="activate__login">
        <Link to="/login">{t('activate.login')}</Link>
      </p>
    </div>
  );
}
