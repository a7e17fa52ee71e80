import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../test/server';
import { paged, problem, renderApp, URL_BASE, user } from '../../test/render';
import { safeNext } from './LoginScreen';

function gatewayWithSignIn(answer: (body: { username: string; password: string }) => Response | Promise<Response>) {
  let me: ReturnType<typeof user> | null = null;
  const attempts: unknown[] = [];
  server.use(
    http.get(`${URL_BASE}/api/auth/me`, () => (me ? HttpResponse.json(me) : problem(401, 'Unauthorized'))),
    http.get(`${URL_BASE}/api/auth/providers`, () => HttpResponse.json({ local: true, google: false })),
    http.post(`${URL_BASE}/api/auth/login`, async ({ request }) => {
      const body = (await request.json()) as { username: string; password: string };
      attempts.push(body);
      const response = await answer(body);
      if (response.status === 204) me = user('STAFF');
      return response;
    }),
    http.get(`${URL_BASE}/api/leads`, () => HttpResponse.json(paged([]))),
  );
  return attempts;
}

describe('Log ind', () => {
  it('asks for both fields before sending anything', async () => {
    const attempts = gatewayWithSignIn(() => new HttpResponse(null, { status: 204 }));
    renderApp('/log-ind');

    await userEvent.click(await screen.findByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Skriv dit brugernavn.')).toBeInTheDocument();
    expect(screen.getByText('Skriv din adgangskode.')).toBeInTheDocument();
    expect(screen.getByLabelText('Brugernavn')).toHaveAttribute('aria-invalid', 'true');
    expect(attempts).toHaveLength(0);
  });

  it('signs in and returns to the page asked for', async () => {
    const attempts = gatewayWithSignIn(() => new HttpResponse(null, { status: 204 }));
    const { router } = renderApp('/log-ind?next=%2Fleads');

    await userEvent.type(await screen.findByLabelText('Brugernavn'), 'mette');
    await userEvent.type(screen.getByLabelText('Adgangskode'), 'hemmelig');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/leads'));
    expect(attempts).toEqual([{ username: 'mette', password: 'hemmelig' }]);
    expect(await screen.findByRole('heading', { name: 'Leads' })).toBeInTheDocument();
  });

  it('says the password is wrong and keeps what was typed', async () => {
    gatewayWithSignIn(() => problem(401, 'Unauthorized'));
    renderApp('/log-ind');

    await userEvent.type(await screen.findByLabelText('Brugernavn'), 'mette');
    await userEvent.type(screen.getByLabelText('Adgangskode'), 'forkert');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Forkert brugernavn eller adgangskode.');
    expect(screen.getByLabelText('Brugernavn')).toHaveValue('mette');
    expect(screen.getByLabelText('Adgangskode')).toHaveValue('forkert');
  });

  it('says how long to wait when the account is locked out', async () => {
    gatewayWithSignIn(() =>
      HttpResponse.json(
        { title: 'Too Many Requests', status: 429 },
        { status: 429, headers: { 'Retry-After': '60', 'Content-Type': 'application/problem+json' } },
      ),
    );
    renderApp('/log-ind');

    await userEvent.type(await screen.findByLabelText('Brugernavn'), 'mette');
    await userEvent.type(screen.getByLabelText('Adgangskode'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøg. Prøv igen om 60 sekunder.');
  });

  it('shows the gateway’s field errors at the fields', async () => {
    gatewayWithSignIn(() =>
      problem(400, 'Bad Request', { errors: [{ field: 'username', message: 'må højst være 100 tegn' }] }),
    );
    renderApp('/log-ind');

    await userEvent.type(await screen.findByLabelText('Brugernavn'), 'mette');
    await userEvent.type(screen.getByLabelText('Adgangskode'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('må højst være 100 tegn')).toBeInTheDocument();
    expect(screen.getByLabelText('Brugernavn')).toHaveAccessibleDescription('må højst være 100 tegn');
  });

  it('offers Google when the gateway has it configured', async () => {
    server.use(
      http.get(`${URL_BASE}/api/auth/me`, () => problem(401, 'Unauthorized')),
      http.get(`${URL_BASE}/api/auth/providers`, () => HttpResponse.json({ local: true, google: true })),
    );
    renderApp('/log-ind');
    expect(await screen.findByRole('link', { name: 'Log ind med Google' })).toHaveAttribute('href', '/oauth2/authorization/google');
  });

  it('only follows ?next= to the app’s own pages', () => {
    expect(safeNext('/leads/1')).toBe('/leads/1');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/log-ind')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
