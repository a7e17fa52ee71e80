// The one fetch every API call goes through: same origin (the gateway serves the app), the
// session cookie, CSRF, and one place that reacts to "not signed in".
//
// CSRF (the gateway's identity contract): the gateway sets cookie XSRF-TOKEN, readable by
// JavaScript; every POST/PUT/PATCH/DELETE echoes it in header X-XSRF-TOKEN.
// 401 from any API call means the session is gone: listeners (the session) send the user to Log
// ind. Two calls are exempt because their 401 is an answer, not a lost session: the sign-in itself
// (wrong password) and "who am I" (nobody yet).

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OWN_401 = ['/api/auth/login', '/api/auth/me'];

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called on a 401 of any API call but sign-in and "me"; returns the unsubscribe function. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function readCookie(name: string, cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

export const origin = (): string => globalThis.location?.origin ?? 'http://localhost';

/** fetch for the API: pass a Request or a path. */
export async function apiFetch(input: Request | string, init?: RequestInit): Promise<Response> {
  const request = typeof input === 'string' ? new Request(new URL(input, origin()), init) : input;
  if (UNSAFE.has(request.method.toUpperCase())) {
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
  }
  if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
  // Looked up on each call (not captured once) so tests can replace fetch.
  const response = await globalThis.fetch(request);
  if (response.status === 401 && !OWN_401.some((path) => new URL(request.url).pathname === path)) {
    unauthorizedListeners.forEach((listener) => listener());
  }
  return response;
}
