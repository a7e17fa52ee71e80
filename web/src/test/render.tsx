import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me, Role } from '../api/auth';
import { routes } from '../app/routes';
import { SessionProvider } from '../app/session';
import { server } from './server';

export const URL_BASE = 'http://localhost:3000';

export function user(role: Role = 'OWNER'): Me {
  return { username: 'mette', displayName: 'Mette Hansen', role, team: null, authenticatedBy: 'session' };
}

/** GET /api/auth/me answers this user (or 401 for null). */
export function signedInAs(me: Me | null) {
  server.use(
    http.get(`${URL_BASE}/api/auth/me`, () =>
      me ? HttpResponse.json(me) : problem(401, 'Unauthorized'),
    ),
  );
}

export function problem(status: number, title: string, extra: Record<string, JsonBodyType> = {}) {
  return HttpResponse.json({ type: 'about:blank', title, status, ...extra }, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A PagedModel of these items. */
export function paged<T extends JsonBodyType>(content: T[], number = 0, totalPages = content.length > 0 ? 1 : 0) {
  return { content, page: { size: 20, number, totalElements: content.length, totalPages } };
}

/** The whole app (routes, guards, shell) at a path, with a fresh cache and no retries. */
export function renderApp(path: string): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router };
}
