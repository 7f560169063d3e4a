import { RouterProvider, type createBrowserRouter } from 'react-router';
import type { StoredIdentity } from '../db';
import { SessionProvider } from './session/SessionProvider';

interface Props {
  initialIdentity: StoredIdentity | null;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ initialIdentity, router }: Props) {
  return (
    <SessionProvider initialIdentity={initialIdentity}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
