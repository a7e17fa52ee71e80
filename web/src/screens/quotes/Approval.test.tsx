import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { MailPreview, QuoteChange, QuoteEdit, QuoteView } from '../../api/types';
import { server } from '../../test/server';
import { QUOTE } from '../../test/fixtures';
import { paged, problem, renderApp, signedInAs, URL_BASE, user } from '../../test/render';
import { changeOf, formField, valuesOf } from './approval/QuoteEditor';

const DRAFT: QuoteView = {
  ...QUOTE,
  lines: [
    { kind: 'SERVICE', description: 'Fast rengøring', persons: 2, hours: 1.5, amountOre: 104_700 },
    { kind: 'ADD_ON', description: 'Ovn', persons: 1, hours: 1, amountOre: 34_900 },
  ],
  validUntil: '2026-04-23T07:15:05Z',
};

const preview = (body: string, extra: Partial<MailPreview> = {}): MailPreview => ({
  quoteId: DRAFT.id,
  status: 'DRAFTED',
  to: 'camilla.v@example.com',
  callCustomer: false,
  subject: 'Tilbud på fast rengøring - Solsikkevej 4',
  body,
  slotsOffered: true,
  textSource: 'TEMPLATE',
  preparedAt: '2026-03-24T07:16:00Z',
  ...extra,
});

/** quote-service as the approval screen uses it, recording every change that reaches it. */
function quoteService(quote: QuoteView, changes: QuoteChange[] = []) {
  const state = { quote, previewBody: 'Fast rengøring: 1.047,00 kr.', patches: [] as QuoteEdit[], approvals: 0, rejections: [] as string[] };
  server.use(
    http.get(`${URL_BASE}/api/quotes/:id`, () => HttpResponse.json(state.quote)),
    http.get(`${URL_BASE}/api/quotes/:id/preview`, () => HttpResponse.json(preview(state.previewBody))),
    http.get(`${URL_BASE}/api/quotes/:id/changes`, () => HttpResponse.json(paged(changes))),
    http.patch(`${URL_BASE}/api/quotes/:id`, async ({ request }) => {
      const change = (await request.json()) as QuoteEdit;
      state.patches.push(change);
      state.quote = { ...state.quote, lines: change.lines?.map((line) => ({ ...line, amountOre: 99_900 })) ?? state.quote.lines, updatedAt: '2026-03-24T08:00:00Z' };
      state.previewBody = 'Fast rengøring: 999,00 kr.';
      return HttpResponse.json(state.quote);
    }),
    http.post(`${URL_BASE}/api/quotes/:id/approve`, () => {
      state.approvals++;
      state.quote = {
        ...state.quote,
        status: 'APPROVED',
        approvedBy: 'mette',
        approvedAt: '2026-03-24T08:05:00Z',
        sendingNote: 'Godkendt og sendt videre til afsendelse. Mailen er ikke sendt: afsendelse er slået fra (dry-run).',
      };
      return HttpResponse.json(state.quote);
    }),
    http.post(`${URL_BASE}/api/quotes/:id/reject`, async ({ request }) => {
      state.rejections.push(((await request.json()) as { reason: string }).reason);
      state.quote = { ...state.quote, status: 'REJECTED', rejectedBy: 'mette', rejectionReason: state.rejections.at(-1) };
      return HttpResponse.json(state.quote);
    }),
  );
  return state;
}

describe('The approval queue', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('asks quote-service for the quotes waiting for approval and keeps the filter in the URL', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get(`${URL_BASE}/api/quotes`, ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        asked.push(status);
        return HttpResponse.json(status === 'PENDING_APPROVAL' ? paged([]) : paged([DRAFT]));
      }),
    );
    const { router } = renderApp('/tilbud');
    expect(await screen.findByRole('link', { name: 'Fast rengøring' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Vis'), 'Til godkendelse');

    expect(await screen.findByText('Ingen tilbud venter på godkendelse.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=PENDING_APPROVAL');
    expect(asked).toEqual([null, 'PENDING_APPROVAL']);
  });
});

describe('Approving a quote', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('shows the exact mail, approves only after confirming, and then says the mail was not sent in dry-run', async () => {
    const service = quoteService(DRAFT);
    renderApp(`/tilbud/${DRAFT.id}`);

    const mail = await screen.findByRole('region', { name: 'Mailen til kunden' });
    expect(await within(mail).findByText('Tilbud på fast rengøring - Solsikkevej 4')).toBeInTheDocument();
    expect(within(mail).getByText('camilla.v@example.com')).toBeInTheDocument();
    expect(within(mail).getByText('Fast rengøring: 1.047,00 kr.')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Ovn \(1 person × 1 t\)/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Godkend og send' }));
    expect(service.approvals).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, godkend' }));

    expect(await screen.findByText(/Mailen er ikke sendt: afsendelse er slået fra \(dry-run\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Godkendt, ikke sendt');
    expect(screen.queryByRole('button', { name: 'Godkend og send' })).toBeNull();
    expect(service.approvals).toBe(1);
  });

  it('says in Danish why quote-service refused the approval', async () => {
    quoteService(DRAFT);
    server.use(
      http.post(`${URL_BASE}/api/quotes/:id/approve`, () =>
        problem(409, 'Quote cannot be approved', { detail: 'the quote changed after its mail was prepared' }),
      ),
    );
    renderApp(`/tilbud/${DRAFT.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Godkend og send' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, godkend' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tilbuddet kan ikke godkendes lige nu: the quote changed');
  });

  it('warns that the customer must be called when no one may be written to', async () => {
    quoteService(DRAFT);
    server.use(http.get(`${URL_BASE}/api/quotes/:id/preview`, () => HttpResponse.json(preview('…', { to: undefined, callCustomer: true }))));
    renderApp(`/tilbud/${DRAFT.id}`);
    expect(await screen.findByText(/ring til kunden/)).toBeInTheDocument();
  });

  it('rejects only with a reason, and sends the reason', async () => {
    const service = quoteService(DRAFT);
    renderApp(`/tilbud/${DRAFT.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Afvis' }));
    await userEvent.click(screen.getByRole('button', { name: 'Afvis tilbuddet' }));
    expect(await screen.findByText('Skriv en begrundelse (højst 500 tegn).')).toBeInTheDocument();
    expect(service.rejections).toEqual([]);

    await userEvent.type(screen.getByLabelText('Begrundelse'), 'Kunden har allerede fået et tilbud pr. telefon');
    await userEvent.click(screen.getByRole('button', { name: 'Afvis tilbuddet' }));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Afvist');
    expect(service.rejections).toEqual(['Kunden har allerede fået et tilbud pr. telefon']);
  });
});

describe('Editing a quote before approval', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('sends only the changed lines and shows the preview prepared again', async () => {
    const service = quoteService(DRAFT);
    renderApp(`/tilbud/${DRAFT.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Ret tilbuddet' }));
    const hours = screen.getByLabelText('Timer, linje 1');
    await userEvent.clear(hours);
    await userEvent.type(hours, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    expect(await screen.findByText('Fast rengøring: 999,00 kr.')).toBeInTheDocument();
    expect(service.patches).toEqual([
      {
        lines: [
          { kind: 'SERVICE', description: 'Fast rengøring', persons: 2, hours: 2 },
          { kind: 'ADD_ON', description: 'Ovn', persons: 1, hours: 1 },
        ],
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Ret tilbuddet' })).toBeNull();
  });

  it('puts quote-service field errors at the fields, in Danish, and keeps what was typed', async () => {
    quoteService(DRAFT);
    server.use(
      http.patch(`${URL_BASE}/api/quotes/:id`, () =>
        problem(400, 'Bad Request', {
          errors: [
            { field: 'lines[1].description', message: 'must not be blank' },
            { field: 'persons', message: 'must be less than or equal to 10' },
          ],
        }),
      ),
    );
    renderApp(`/tilbud/${DRAFT.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Ret tilbuddet' }));
    await userEvent.clear(screen.getByLabelText('Beskrivelse, linje 2'));
    const persons = screen.getByLabelText('Personer');
    await userEvent.clear(persons);
    await userEvent.type(persons, '11');
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));

    const description = screen.getByLabelText('Beskrivelse, linje 2');
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(description).toHaveAccessibleDescription('Skriv en beskrivelse (højst 200 tegn).');
    expect(persons).toHaveAccessibleDescription('Mellem 1 og 10 personer.');
    expect(persons).toHaveValue(11);
  });

  it('says nothing changed instead of sending an empty change', async () => {
    const service = quoteService(DRAFT);
    renderApp(`/tilbud/${DRAFT.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Ret tilbuddet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke ændret noget.');
    expect(service.patches).toEqual([]);
  });

  it('lists every change with who, when and what it was before', async () => {
    quoteService(DRAFT, [
      {
        id: 'c1',
        changedBy: 'mette',
        changedAt: '2026-03-24T08:00:00Z',
        // The generated JsonNode type describes Jackson's node, not the JSON it is written as.
        before: { persons: 2, hoursOnSite: 1.5, priceInclVatOre: 104_700, openingText: null } as unknown as QuoteChange['before'],
        after: { persons: 3, hoursOnSite: 1.5, priceInclVatOre: 157_050, openingText: 'Hej Camilla' } as unknown as QuoteChange['after'],
      },
    ]);
    renderApp(`/tilbud/${DRAFT.id}`);
    const history = await screen.findByRole('region', { name: 'Ændringer' });
    expect(within(history).getByText(/24\. marts 2026 kl\. 09:00, mette/)).toBeInTheDocument();
    expect(within(history).getByText('Personer: 2 → 3')).toBeInTheDocument();
    expect(within(history).getByText(/Pris inkl\. moms: 1\.047,00\s*kr\. → 1\.570,50\s*kr\./)).toBeInTheDocument();
    expect(within(history).getByText('Indledning: skabelonens tekst → Hej Camilla')).toBeInTheDocument();
    expect(within(history).queryByText(/Timer på stedet/)).toBeNull();
  });
});

describe('The editor’s mapping', () => {
  it('names list errors as the form does', () => {
    expect(formField('lines[12].hours')).toBe('lines.12.hours');
    expect(formField('lines')).toBe('lines.root');
    expect(formField('persons')).toBe('persons');
  });

  it('changes only what differs from the quote', () => {
    const initial = valuesOf(DRAFT);
    expect(changeOf(initial, initial)).toEqual({});
    expect(changeOf({ ...initial, persons: 3, closingText: 'Vh Mette' }, initial)).toEqual({ persons: 3, closingText: 'Vh Mette' });
  });
});
