import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Me } from '../../api/auth';
import { server } from '../../test/server';
import { paged, problem, renderApp, URL_BASE, user } from '../../test/render';
import { danishPasswordProblem } from './passwordProblems';

/** A gateway whose "me" is this user until the password changes, recording each change. */
function gateway(me: Me, answer: () => Response = () => new HttpResponse(null, { status: 204 })) {
  let current = me;
  const changes: unknown[] = [];
  server.use(
    http.get(`${URL_BASE}/api/auth/me`, () => HttpResponse.json(current)),
    http.post(`${URL_BASE}/api/auth/password`, async ({ request }) => {
      changes.push(await request.json());
      const response = answer();
      if (response.status === 204) current = { ...current, passwordChangeRequired: false };
      return response;
    }),
    ...['leads', 'quotes', 'bookings'].map((path) => http.get(`${URL_BASE}/api/${path}`, () => HttpResponse.json(paged([])))),
    http.get(`${URL_BASE}/api/monitoring/services`, () => HttpResponse.json([])),
    http.get(`${URL_BASE}/api/emails/sync`, () => HttpResponse.json({ mailboxes: [] })),
  );
  return changes;
}

async function fillIn(current: string, next: string, repeat = next) {
  await userEvent.type(await screen.findByLabelText(/Nuværende adgangskode|Engangsadgangskode/), current);
  await userEvent.type(screen.getByLabelText('Ny adgangskode'), next);
  await userEvent.type(screen.getByLabelText('Gentag ny adgangskode'), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Skift adgangskode' }));
}

describe('Skift adgangskode', () => {
  it('sends the change and says it is done, with the fields emptied', async () => {
    const changes = gateway(user('STAFF'));
    renderApp('/adgangskode');

    await fillIn('den gamle adgangskode', 'en helt ny lang adgangskode');

    expect(await screen.findByRole('status')).toHaveTextContent('Adgangskoden er skiftet.');
    expect(changes).toEqual([{ currentPassword: 'den gamle adgangskode', newPassword: 'en helt ny lang adgangskode' }]);
    expect(screen.getByLabelText('Nuværende adgangskode')).toHaveValue('');
  });

  it('checks length, repetition and sameness before sending anything', async () => {
    const changes = gateway(user('STAFF'));
    renderApp('/adgangskode');

    await fillIn('gammel', 'for kort', 'noget andet');

    expect(await screen.findByText('Mindst 12 tegn.')).toBeInTheDocument();
    expect(screen.getByText('De to nye adgangskoder er ikke ens.')).toBeInTheDocument();
    expect(screen.getByLabelText('Ny adgangskode')).toHaveAttribute('aria-invalid', 'true');
    expect(changes).toHaveLength(0);
  });

  it('shows the gateway’s field errors in Danish at their fields and keeps what was typed', async () => {
    gateway(user('STAFF'), () =>
      problem(400, 'Bad Request', {
        errors: [
          { field: 'currentPassword', message: 'is not your current password' },
          { field: 'newPassword', message: 'is a commonly used password' },
        ],
      }),
    );
    renderApp('/adgangskode');

    await fillIn('forkert gammel kode', 'password12345678');

    expect(await screen.findByText('Den nuværende adgangskode er forkert.')).toBeInTheDocument();
    expect(screen.getByText('Den adgangskode er for almindelig. Vælg en anden.')).toBeInTheDocument();
    expect(screen.getByLabelText('Ny adgangskode')).toHaveValue('password12345678');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('after an owner’s reset sends every page to the change, then to the start page once changed', async () => {
    const changes = gateway({ ...user('STAFF'), passwordChangeRequired: true });
    const { router } = renderApp('/leads');

    await waitFor(() => expect(router.state.location.pathname).toBe('/adgangskode'));
    expect(await screen.findByRole('note')).toHaveTextContent('Din adgangskode er nulstillet.');
    await fillIn('engangskode-fra-ejeren', 'min egen nye adgangskode');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(changes).toHaveLength(1);
    expect(await screen.findByRole('heading', { level: 1, name: /I dag/ })).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('danishPasswordProblem', () => {
  it('says the gateway’s policy messages in Danish with their numbers', () => {
    expect(danishPasswordProblem('must be at least 12 characters')).toBe('Mindst 12 tegn.');
    expect(danishPasswordProblem('must be at most 128 characters')).toBe('Højst 128 tegn.');
    expect(danishPasswordProblem('must not be the user name')).toBe('Adgangskoden må ikke være dit brugernavn.');
    expect(danishPasswordProblem('must differ from the current password')).toBe(
      'Den nye adgangskode skal være en anden end den nuværende.',
    );
  });

  it('shows a message it does not know as it came, so a new rule is not hidden', () => {
    expect(danishPasswordProblem('must contain a unicorn')).toBe('must contain a unicorn');
  });
});
