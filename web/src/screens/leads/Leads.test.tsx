import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../test/server';
import { CUSTOMER, LEAD, MESSAGE, QUOTE, THREAD } from '../../test/fixtures';
import { paged, problem, renderApp, signedInAs, URL_BASE, user } from '../../test/render';

describe('Leads', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('shows loading while lead-service answers', async () => {
    server.use(http.get(`${URL_BASE}/api/leads`, async () => { await delay('infinite'); return HttpResponse.json({}); }));
    renderApp('/leads');
    expect(await screen.findByText('Henter leads…')).toBeInTheDocument();
  });

  it('says when there are no leads yet', async () => {
    server.use(http.get(`${URL_BASE}/api/leads`, () => HttpResponse.json(paged([]))));
    renderApp('/leads');
    expect(await screen.findByText(/Der er ingen leads endnu/)).toBeInTheDocument();
  });

  it('shows the error with a retry when lead-service is down', async () => {
    server.use(http.get(`${URL_BASE}/api/leads`, () => problem(503, 'lead-service is unavailable', { service: 'lead-service' })));
    renderApp('/leads');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('En tjeneste svarer ikke (lead-service).');
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });

  it('lists leads with Danish dates, sources and statuses, and pages through them', async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${URL_BASE}/api/leads`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        pages.push(`${page}/${new URL(request.url).searchParams.get('size')}`);
        return HttpResponse.json(
          page === 0
            ? paged([LEAD], 0, 2)
            : paged([{ ...LEAD, id: 'l2', summary: 'Flytterengøring, 60 m²', source: 'ADHELP' }], 1, 2),
        );
      }),
    );
    const { router } = renderApp('/leads');

    const row = (await screen.findByRole('link', { name: LEAD.summary! })).closest('tr')!;
    expect(within(row).getByText('24. marts 2026 kl. 08:15')).toBeInTheDocument();
    expect(within(row).getByText('Hjemmesiden')).toBeInTheDocument();
    expect(within(row).getByText('Ny')).toBeInTheDocument();
    expect(screen.getByText('Side 1 af 2')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Næste' }));

    expect(await screen.findByRole('link', { name: 'Flytterengøring, 60 m²' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?side=2');
    expect(pages).toEqual(['0/20', '1/20']);
  });
});

describe('One lead', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('shows what was asked, the customer, the quote and the mail thread as text', async () => {
    server.use(
      http.get(`${URL_BASE}/api/leads/:id`, () => HttpResponse.json(LEAD)),
      http.get(`${URL_BASE}/api/customers/:id`, () => HttpResponse.json(CUSTOMER)),
      http.get(`${URL_BASE}/api/quotes`, () => HttpResponse.json(paged([QUOTE, { ...QUOTE, id: 'other', leadId: 'another' }]))),
      http.get(`${URL_BASE}/api/emails/threads/:id`, () => HttpResponse.json({ thread: THREAD, messages: [MESSAGE] })),
    );
    const { container } = renderApp(`/leads/${LEAD.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: /Fast rengøring, 120 m²/ })).toBeInTheDocument();
    expect(screen.getByText('Hver 14. dag')).toBeInTheDocument();
    expect(screen.getByText('Ovn')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Camilla Vestergaard' })).toHaveAttribute('href', `/kunder/${CUSTOMER.id}`);
    expect(screen.getByRole('link', { name: '+45 26 11 22 33' })).toHaveAttribute('href', 'tel:+4526112233');
    const quoteLinks = (await screen.findAllByRole('link', { name: /1\.047,00/ })).map((a) => a.getAttribute('href'));
    expect(quoteLinks).toEqual([`/tilbud/${QUOTE.id}`]);

    const message = await screen.findByRole('article', { name: 'Besked fra Camilla Vestergaard' });
    expect(message).toHaveTextContent('Vi vil gerne have et tilbud');
    expect(message).toHaveTextContent('<b>ikke fed</b>');
    expect(container.querySelector('.message-body b')).toBeNull();
    expect(within(message).getByText('plantegning.pdf')).toBeInTheDocument();
  });

  it('says the lead does not exist', async () => {
    server.use(http.get(`${URL_BASE}/api/leads/:id`, () => problem(404, 'Not Found')));
    renderApp('/leads/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('alert')).toHaveTextContent('Det findes ikke (længere).');
  });
});
