// The gateway's sign-in contract (identity work). Written by hand until the gateway publishes an
// OpenAPI document of its own; the services' types are generated (./clients.ts).
import { apiFetch } from './http';
import { apiErrorOf } from './problem';

export type Role = 'OWNER' | 'STAFF' | 'CLEANER';

export interface Me {
  username: string;
  displayName: string;
  role: Role;
  team: string | null;
  authenticatedBy: string;
  /** An owner reset the password to a one-time one: the gateway allows only the change until then. */
  passwordChangeRequired?: boolean;
}

export interface Providers {
  local?: boolean;
  google?: boolean;
  [provider: string]: unknown;
}

export const GOOGLE_SIGN_IN = '/oauth2/authorization/google';

/**
 * Until the identity work lands on main the gateway speaks HTTP Basic and has no /api/auth: the
 * browser has already signed in (its Basic prompt), so "me" is a 404 and the user is treated as
 * the owner; the services still refuse what the account may not do.
 */
export const BASIC_AUTH_USER: Me = {
  username: 'admin',
  displayName: 'Administrator (HTTP Basic)',
  role: 'OWNER',
  team: null,
  authenticatedBy: 'basic',
};

/** The signed-in user, or null when nobody is. */
export async function fetchMe(): Promise<Me | null> {
  const response = await apiFetch('/api/auth/me');
  if (response.status === 401) return null;
  if (response.status === 404) return BASIC_AUTH_USER;
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json()) as Me;
}

export async function login(username: string, password: string): Promise<void> {
  const response = await apiFetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await apiErrorOf(response);
}

export async function logout(): Promise<void> {
  const response = await apiFetch('/api/auth/logout', { method: 'POST' });
  if (!response.ok && response.status !== 401) throw await apiErrorOf(response);
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const response = await apiFetch('/api/auth/password', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  if (!response.ok) throw await apiErrorOf(response);
}

/** Which sign-in methods the gateway offers; local accounts only when it cannot say. */
export async function fetchProviders(): Promise<Providers> {
  const response = await apiFetch('/api/auth/providers');
  if (!response.ok) return { local: true };
  return (await response.json()) as Providers;
}
