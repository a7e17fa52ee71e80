// Who is signed in: GET /api/auth/me through TanStack Query (so every screen shares one answer),
// and the reaction to a lost session: any 401 of an API call empties it, which sends the user to
// Log ind (RequireSignIn) with the page they were on kept in ?next=.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { fetchMe, type Me, type Role } from '../api/auth';
import { onUnauthorized } from '../api/http';

export const ME_QUERY = ['auth', 'me'] as const;

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData(ME_QUERY) !== null) queryClient.setQueryData(ME_QUERY, null);
      }),
    [queryClient],
  );
  return children;
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

const UserContext = createContext<Me | null>(null);
export const UserProvider = UserContext.Provider;

/** The signed-in user; only inside RequireSignIn. */
export function useUser(): Me {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser outside RequireSignIn');
  return user;
}

export function hasRole(user: Me, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}
