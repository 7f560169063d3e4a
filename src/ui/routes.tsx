import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { Loading } from './layout/Loading';
import { RouteError } from './layout/RouteError';
import { LoginScreen } from './login/LoginScreen';
import { useSession } from './session/session-context';

// Loaded only once someone is signed in: the login screen never downloads it.
const HomeScreen = lazy(() => import('./home/HomeScreen'));

/** Signed-in screens: without an identity, or once the server said 401, go to login. */
function SignedIn() {
  const { identity, expired } = useSession();
  if (!identity || expired) return <Navigate to="/login" replace />;
  return (
    <Suspense fallback={<Loading />}>
      <HomeScreen />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <SignedIn /> },
      { path: 'login', element: <LoginScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
