import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../test/server';
import { BOOKING, CUSTOMER, LEAD, QUOTE, THREAD } from '../../test/fixtures';
import { paged, problem, renderApp, signedInAs, URL_BASE, user } from '../../test/render';

describe('Kunder', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('shows loading, then the customers with Danish phone numbers', async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${URL_BASE}/api/customers`, async () => {
        await answered;
        return HttpResponse.json(paged([CUSTOMER]));
      }),
    );
    renderApp('/kunder');
    expect(await screen.findByText('Henter kunder…')).toBeInTheDocument();

    release();

    const row = (await screen.findByRole('link', { name: 'Camilla Vestergaard' })).closest('tr')!;
    expect(within(row).getByText('+45 26 11 22 33')).toBeInTheDocument();
    expect(within(row).getByText('20. marts 2026')).toBeInTheDocument();
  });

  it('says when there are no customers', async () => {
    server.use(http.get(`${URL_BASE}/api/customers`, () => HttpResponse.json(paged([]))));
    renderApp('/kunder');
    expect(await screen.findByText(/Der er ingen kunder endnu/)).toBeInTheDocument();
  });

  it('shows the error when lead-service fails', async () => {
    server.use(http.get(`${URL_BASE}/api/customers`, () => problem(500, 'Internal Server Error', { detail: 'Databasen svarer ikke' })));
    renderApp('/kunder');
    expect(await screen.findByRole('alert')).toHaveTextContent('Databasen svarer ikke');
  });
});

describe('One customer', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('gathers the customer’s leads, quotes, visits and mail threads, and only theirs', async () => {
    let participant: string | null = null;
    const stranger = '99999999-0000-4000-8000-000000000009';
    server.use(
      http.get(`${URL_BASE}/api/customers/:id`, () => HttpResponse.json(CUSTOMER)),
      http.get(`${URL_BASE}/api/leads`, () =>
        HttpResponse.json(paged([LEAD, { ...LEAD, id: 'x', customerId: stranger, summary: 'Andens lead' }])),
      ),
      http.get(`${URL_BASE}/api/quotes`, () => HttpResponse.json(paged([QUOTE, { ...QUOTE, id: 'y', customerId: stranger }]))),
      http.get(`${URL_BASE}/api/bookings`, () => HttpResponse.json(paged([BOOKING, { ...BOOKING, id: 'z', customerId: stranger }]))),
      http.get(`${URL_BASE}/api/emails/threads`, ({ request }) => {
        participant = new URL(request.url).searchParams.get('participant');
        return HttpResponse.json(paged([THREAD]));
      }),
    );
    renderApp(`/kunder/${CUSTOMER.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Camilla Vestergaard' })).toBeInTheDocument();
    const leads = await screen.findByRole('region', { name: 'Leads' });
    expect(await within(leads).findByRole('link', { name: LEAD.summary! })).toBeInTheDocument();
    expect(within(leads).queryByText('Andens lead')).not.toBeInTheDocument();
    const quotes = screen.getByRole('region', { name: 'Tilbud' });
    expect(await within(quotes).findAllByRole('listitem')).toHaveLength(1);
    const visits = screen.getByRole('region', { name: 'Besøg' });
    expect(await within(visits).findByText(/24\. marts 2026 08:00–09:30/)).toBeInTheDocument();
    const mail = screen.getByRole('region', { name: 'Mail' });
    expect(await within(mail).findByRole('link', { name: 'Tilbud på rengøring' })).toHaveAttribute('href', `/mail/${THREAD.id}`);
    expect(participant).toBe(CUSTOMER.email);
  });

  it('shows each part’s own empty state', async () => {
    server.use(
      http.get(`${URL_BASE}/api/customers/:id`, () => HttpResponse.json({ ...CUSTOMER, email: undefined })),
      http.get(`${URL_BASE}/api/leads`, () => HttpResponse.json(paged([]))),
      http.get(`${URL_BASE}/api/quotes`, () => HttpResponse.json(paged([]))),
      http.get(`${URL_BASE}/api/bookings`, () => HttpResponse.json(paged([]))),
    );
    renderApp(`/kunder/${CUSTOMER.id}`);
    expect(await screen.findByText('Ingen leads.')).toBeInTheDocument();
    expect(await screen.findByText('Ingen tilbud.')).toBeInTheDocument();
    expect(await screen.findByText('Ingen besøg.')).toBeInTheDocument();
    expect(screen.getByText('Kunden har ingen e-mailadresse.')).toBeInTheDocument();
  });

  it('keeps the customer when one of the other services fails', async () => {
    server.use(
      http.get(`${URL_BASE}/api/customers/:id`, () => HttpResponse.json(CUSTOMER)),
      http.get(`${URL_BASE}/api/leads`, () => HttpResponse.json(paged([]))),
      http.get(`${URL_BASE}/api/quotes`, () => problem(503, 'quote-service is unavailable', { service: 'quote-service' })),
      http.get(`${URL_BASE}/api/bookings`, () => HttpResponse.json(paged([]))),
      http.get(`${URL_BASE}/api/emails/threads`, () => HttpResponse.json(paged([]))),
    );
    renderApp(`/kunder/${CUSTOMER.id}`);
    const quotes = await screen.findByRole('region', { name: 'Tilbud' });
    expect(await within(quotes).findByRole('alert')).toHaveTextContent('quote-service');
    expect(screen.getByRole('heading', { level: 1, name: 'Camilla Vestergaard' })).toBeInTheDocument();
  });
});
