import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { logout } from '../api/auth';
import { describeError } from '../api/problem';
import { roleLabel } from '../format/labels';
import { NAVIGATION } from './navigation';
import { hasRole, ME_QUERY, useUser } from './session';

export function AppShell() {
  const user = useUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      // Nothing of this user's data may stay in the cache for the next person at this browser.
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY, null);
      navigate('/log-ind', { replace: true });
    },
  });
  const basic = user.authenticatedBy === 'basic';
  return (
    <div className="shell">
      <a className="skip-link" href="#indhold">
        Spring til indhold
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          RenOS
        </Link>
        <nav aria-label="Hovedmenu" className="mainnav">
          <ul>
            {NAVIGATION.filter((entry) => hasRole(user, entry.roles)).map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to} end={entry.to === '/'}>
                  {entry.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span className="user-name">
            {user.displayName} <span className="user-role">({roleLabel(user.role)})</span>
          </span>
          {basic ? (
            <span className="user-note" title="Gatewayen bruger HTTP Basic, indtil log ind med session er på plads">
              Log ud ved at lukke browseren
            </span>
          ) : (
            <>
              <Link to="/adgangskode">Skift adgangskode</Link>
              <button type="button" className="button button-quiet" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
                Log ud
              </button>
            </>
          )}
        </div>
      </header>
      {signOut.isError && (
        <p className="banner banner-error" role="alert">
          Du blev ikke logget ud: {describeError(signOut.error)}
        </p>
      )}
      <main id="indhold" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
