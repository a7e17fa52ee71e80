import { http, HttpResponse } from 'msw';
import { server } from '../test/server';
import { URL_BASE } from '../test/render';
import { apiFetch, onUnauthorized, readCookie } from './http';

describe('the API client', () => {
  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on writes but not on reads', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2F123; path=/';
    const seen: Record<string, string | null> = {};
    server.use(
      http.all(`${URL_BASE}/api/quotes/1/accept`, ({ request }) => {
        seen[request.method] = request.headers.get('X-XSRF-TOKEN');
        return HttpResponse.json({});
      }),
    );

    await apiFetch('/api/quotes/1/accept', { method: 'POST' });
    await apiFetch('/api/quotes/1/accept', { method: 'DELETE' });
    await apiFetch('/api/quotes/1/accept');

    expect(seen.POST).toBe('abc/123');
    expect(seen.DELETE).toBe('abc/123');
    expect(seen.GET).toBeNull();
  });

  it('sends no CSRF header when the gateway set no token', async () => {
    let header: string | null = 'unset';
    server.use(
      http.post(`${URL_BASE}/api/auth/logout`, ({ request }) => {
        header = request.headers.get('X-XSRF-TOKEN');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await apiFetch('/api/auth/logout', { method: 'POST' });
    expect(header).toBeNull();
  });

  it('tells the session about a 401 from any API call', async () => {
    const lost = vi.fn();
    const stop = onUnauthorized(lost);
    server.use(http.get(`${URL_BASE}/api/leads`, () => new HttpResponse(null, { status: 401 })));

    const response = await apiFetch('/api/leads');

    expect(response.status).toBe(401);
    expect(lost).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not treat a wrong password or "nobody signed in yet" as a lost session', async () => {
    const lost = vi.fn();
    const stop = onUnauthorized(lost);
    server.use(
      http.post(`${URL_BASE}/api/auth/login`, () => new HttpResponse(null, { status: 401 })),
      http.get(`${URL_BASE}/api/auth/me`, () => new HttpResponse(null, { status: 401 })),
    );

    await apiFetch('/api/auth/login', { method: 'POST' });
    await apiFetch('/api/auth/me');

    expect(lost).not.toHaveBeenCalled();
    stop();
  });

  it('reads one cookie among several, decoded', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=x%3Dy; b=2')).toBe('x=y');
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeNull();
  });
});
