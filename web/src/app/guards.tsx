import { Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/auth';
import { ErrorState, Loading } from '../components/States';
import { PageTitle } from '../components/PageTitle';
import { hasRole, useMe, UserProvider, useUser } from './session';

export const CHANGE_PASSWORD_PATH = '/adgangskode';

/**
 * Everything inside needs a signed-in user; without one, Log ind (coming back here afterwards). A
 * user whose password must be changed sees only Skift adgangskode.
 */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Henter din bruger…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/log-ind' : `/log-ind?next=${encodeURIComponent(next)}`} replace />;
  }
  // After an owner's reset the gateway answers 403 to everything but /api/auth/*: go straight to the change.
  if (me.data.passwordChangeRequired && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return (
    <UserProvider value={me.data}>
      <Outlet />
    </UserProvider>
  );
}

/** A lazily loaded page with its loading state. */
export function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading label="Henter siden…" />}>{children}</Suspense>;
}

/** A screen for some roles only; the others see that it is not theirs (the API refuses them too). */
export function Screen({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useUser();
  if (!hasRole(user, roles)) {
    return (
      <section>
        <PageTitle title="Ingen adgang">Ingen adgang</PageTitle>
        <p>Din rolle har ikke adgang til denne side.</p>
      </section>
    );
  }
  return <Page>{children}</Page>;
}
