import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../test/server';
import { paged, problem, renderApp, signedInAs, URL_BASE, user } from '../test/render';

const emptyLists = () =>
  server.use(
    http.get(`${URL_BASE}/api/leads`, () => HttpResponse.json(paged([]))),
    http.get(`${URL_BASE}/api/quotes`, () => HttpResponse.json(paged([]))),
    http.get(`${URL_BASE}/api/bookings`, () => HttpResponse.json(paged([]))),
    http.get(`${URL_BASE}/api/monitoring/services`, () => HttpResponse.json([])),
    http.get(`${URL_BASE}/api/emails/sync`, () => HttpResponse.json({ circuitBreaker: 'CLOSED', mailboxes: [] })),
  );

describe('signing in and roles', () => {
  it('sends someone who is not signed in to Log ind, remembering the page', async () => {
    signedInAs(null);
    server.use(http.get(`${URL_BASE}/api/auth/providers`, () => HttpResponse.json({ local: true })));
    const { router } = renderApp('/leads/123');

    expect(await screen.findByRole('heading', { name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/log-ind');
    expect(router.state.location.search).toBe('?next=%2Fleads%2F123');
  });

  it('goes to Log ind when any API call answers 401 mid-session', async () => {
    signedInAs(user('STAFF'));
    server.use(
      http.get(`${URL_BASE}/api/leads`, () => problem(401, 'Unauthorized')),
      http.get(`${URL_BASE}/api/auth/providers`, () => HttpResponse.json({ local: true })),
    );
    const { router } = renderApp('/leads');

    expect(await screen.findByRole('heading', { name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fleads');
  });

  it('shows the office all screens but System, and the owner System too', async () => {
    emptyLists();
    signedInAs(user('STAFF'));
    const staff = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'I dag',
      'Leads',
      'Kunder',
      'Mail',
      'Tilbud',
      'Kalender',
      'Assistent',
    ]);
    staff.unmount();

    signedInAs(user('OWNER'));
    renderApp('/');
    const ownerNav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(ownerNav).getByRole('link', { name: 'System' })).toBeInTheDocument();
  });

  it('lands a cleaner on the calendar and shows them nothing else', async () => {
    signedInAs(user('CLEANER'));
    server.use(http.get(`${URL_BASE}/api/bookings`, () => HttpResponse.json(paged([]))));
    const { router } = renderApp('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/kalender'));
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Kalender']);
  });

  it('does not let a cleaner open quotes, even by typing the address', async () => {
    signedInAs(user('CLEANER'));
    let asked = false;
    server.use(
      http.get(`${URL_BASE}/api/quotes/:id`, () => {
        asked = true;
        return HttpResponse.json({});
      }),
    );
    renderApp('/tilbud/22222222-0000-4000-8000-000000000001');

    expect(await screen.findByRole('heading', { name: 'Ingen adgang' })).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('keeps staff out of System', async () => {
    signedInAs(user('STAFF'));
    renderApp('/system');
    expect(await screen.findByRole('heading', { name: 'Ingen adgang' })).toBeInTheDocument();
  });

  it('treats a gateway without /api/auth (HTTP Basic, signed in by the browser) as the owner', async () => {
    emptyLists();
    server.use(http.get(`${URL_BASE}/api/auth/me`, () => problem(404, 'Not Found')));
    renderApp('/');

    expect(await screen.findByText(/Administrator \(HTTP Basic\)/)).toBeInTheDocument();
    expect(screen.getByText('Log ud ved at lukke browseren')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log ud' })).not.toBeInTheDocument();
  });

  it('signs out, forgets the cached data and shows Log ind', async () => {
    emptyLists();
    signedInAs(user('OWNER'));
    let loggedOut = false;
    server.use(
      http.post(`${URL_BASE}/api/auth/logout`, () => {
        loggedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${URL_BASE}/api/auth/providers`, () => HttpResponse.json({ local: true })),
    );
    const { router } = renderApp('/');

    await userEvent.click(await screen.findByRole('button', { name: 'Log ud' }));

    expect(await screen.findByRole('heading', { name: 'Log ind' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(router.state.location.pathname).toBe('/log-ind');
  });

  it('shows an unknown address as a page that does not exist', async () => {
    signedInAs(user('OWNER'));
    renderApp('/findes/ikke');
    expect(await screen.findByRole('heading', { name: 'Siden findes ikke' })).toBeInTheDocument();
  });
});
