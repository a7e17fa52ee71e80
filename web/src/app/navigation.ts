import type { Role } from '../api/auth';

export interface NavEntry {
  to: string;
  label: string;
  roles: readonly Role[];
}

export const OFFICE: readonly Role[] = ['OWNER', 'STAFF'];
export const EVERYONE: readonly Role[] = ['OWNER', 'STAFF', 'CLEANER'];
export const OWNER_ONLY: readonly Role[] = ['OWNER'];

/** The screens in the navigation, in order; a role sees only its own. */
export const NAVIGATION: readonly NavEntry[] = [
  { to: '/', label: 'I dag', roles: OFFICE },
  { to: '/leads', label: 'Leads', roles: OFFICE },
  { to: '/kunder', label: 'Kunder', roles: OFFICE },
  { to: '/mail', label: 'Mail', roles: OFFICE },
  { to: '/tilbud', label: 'Tilbud', roles: OFFICE },
  { to: '/kalender', label: 'Kalender', roles: EVERYONE },
  { to: '/assistent', label: 'Assistent', roles: OFFICE },
  { to: '/system', label: 'System', roles: OWNER_ONLY },
];

/** Where a role lands after signing in: cleaners go straight to their visits. */
export function homeOf(role: Role): string {
  return role === 'CLEANER' ? '/kalender' : '/';
}
