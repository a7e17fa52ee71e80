import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../test/server';
import { BOOKING, LEAD, QUOTE } from '../../test/fixtures';
import { paged, problem, renderApp, signedInAs, URL_BASE, user } from '../../test/render';
import { copenhagenDay, copenhagenStartOfDay } from '../../format/danish';
import { visitsByTeam, visitsOn } from './TodayScreen';

const todayAt = (hours: number) =>
  new Date(Date.parse(copenhagenStartOfDay(copenhagenDay(new Date())!)) + hours * 3_600_000).toISOString();

function api(overrides: Partial<Record<'leads' | 'quotes' | 'bookings' | 'services' | 'sync', Parameters<typeof http.get>[1]>> = {}) {
  server.use(
    http.get(`${URL_BASE}/api/leads`, overrides.leads ?? (() => HttpResponse.json(paged([])))),
    http.get(`${URL_BASE}/api/quotes`, overrides.quotes ?? (() => HttpResponse.json(paged([])))),
    http.get(`${URL_BASE}/api/bookings`, overrides.bookings ?? (() => HttpResponse.json(paged([])))),
    http.get(`${URL_BASE}/api/monitoring/services`, overrides.services ?? (() => HttpResponse.json([]))),
    http.get(`${URL_BASE}/api/emails/sync`, overrides.sync ?? (() => HttpResponse.json({ circuitBreaker: 'CLOSED', mailboxes: [] }))),
  );
}

const panel = (name: string) => screen.findByRole('region', { name });

describe('I dag', () => {
  beforeEach(() => signedInAs(user('STAFF')));

  it('shows each panel loading while its service answers', async () => {
    api({ leads: async () => { await delay('infinite'); return HttpResponse.json({}); } });
    renderApp('/');
    expect(await within(await panel('Leads der venter')).findByRole('status')).toHaveTextContent('Henter leads…');
  });

  it('says there is nothing waiting when nothing is', async () => {
    api();
    renderApp('/');
    expect(await within(await panel('Leads der venter')).findByText('Ingen nye leads venter.')).toBeInTheDocument();
    expect(await within(await panel('Tilbud der venter')).findByText('Ingen tilbud venter.')).toBeInTheDocument();
    expect(await within(await panel('Dagens besøg')).findByText('Ingen besøg i dag.')).toBeInTheDocument();
    expect(await within(await panel('Drift og forbindelser')).findByText('Alle tjenester kører.')).toBeInTheDocument();
  });

  it('lists new and unsure leads, drafted quotes and today’s visits, and leaves out the rest', async () => {
    api({
      leads: () =>
        HttpResponse.json(
          paged([
            LEAD,
            { ...LEAD, id: 'l2', status: 'MANUAL_REVIEW', summary: 'Uklar henvendelse' },
            { ...LEAD, id: 'l3', status: 'HISTORICAL', summary: 'Gammel sag' },
          ]),
        ),
      quotes: () => HttpResponse.json(paged([QUOTE, { ...QUOTE, id: 'q2', status: 'ACCEPTED', serviceType: 'WINDOWS' }])),
      bookings: () =>
        HttpResponse.json(
          paged([
            { ...BOOKING, startsAt: todayAt(9), endsAt: todayAt(11) },
            { ...BOOKING, id: 'b2', startsAt: todayAt(30), endsAt: todayAt(31) },
          ]),
        ),
    });
    renderApp('/');

    const leads = await panel('Leads der venter');
    expect(await within(leads).findByRole('link', { name: LEAD.summary! })).toHaveAttribute('href', `/leads/${LEAD.id}`);
    expect(within(leads).getByText('Uklar henvendelse')).toBeInTheDocument();
    expect(within(leads).queryByText('Gammel sag')).not.toBeInTheDocument();

    const quotes = await panel('Tilbud der venter');
    expect(await within(quotes).findByText(/1\.047,00\s?kr\./)).toBeInTheDocument();
    expect(within(quotes).queryByText('Vinduespolering')).not.toBeInTheDocument();

    const visits = await panel('Dagens besøg');
    expect(await within(visits).findByText('09:00–11:00')).toBeInTheDocument();
    expect(within(visits).getAllByRole('listitem')).toHaveLength(1);
  });

  it('names services that are down and mailboxes that need connecting again', async () => {
    api({
      services: () =>
        HttpResponse.json([
          { name: 'lead-service', status: 'UP' },
          { name: 'quote-service', status: 'DOWN', detail: 'Connection refused' },
        ]),
      sync: () =>
        HttpResponse.json({
          circuitBreaker: 'OPEN',
          mailboxes: [{ connectionId: 'c1', mailbox: 'info@firma.dk', connectionStatus: 'NEEDS_REAUTHORISATION', phase: 'INCREMENTAL' }],
        }),
    });
    renderApp('/');

    const ops = await panel('Drift og forbindelser');
    expect(await within(ops).findByText('quote-service')).toBeInTheDocument();
    expect(within(ops).getByText('Nede')).toBeInTheDocument();
    expect(within(ops).queryByText('lead-service')).not.toBeInTheDocument();
    expect(await within(ops).findByText('Skal forbindes igen')).toBeInTheDocument();
    expect(within(ops).getByText('Afbrudt (for mange fejl)')).toBeInTheDocument();
  });

  it('shows a failed panel with a retry while the others still work', async () => {
    let quoteCalls = 0;
    api({
      quotes: () => {
        quoteCalls += 1;
        return quoteCalls === 1
          ? problem(503, 'quote-service is unavailable', { service: 'quote-service' })
          : HttpResponse.json(paged([QUOTE]));
      },
      leads: () => HttpResponse.json(paged([LEAD])),
    });
    renderApp('/');

    const quotes = await panel('Tilbud der venter');
    const alert = await within(quotes).findByRole('alert');
    expect(alert).toHaveTextContent('En tjeneste svarer ikke (quote-service).');
    expect(await within(await panel('Leads der venter')).findByText(LEAD.summary!)).toBeInTheDocument();

    within(alert).getByRole('button', { name: 'Prøv igen' }).click();
    expect(await within(quotes).findByText(/1\.047,00\s?kr\./)).toBeInTheDocument();
  });

  it('counts a visit by its Copenhagen day, not the UTC day', () => {
    const now = new Date('2026-03-25T10:00:00Z');
    const lateEvening = { ...BOOKING, startsAt: '2026-03-24T23:30:00Z', endsAt: '2026-03-25T01:00:00Z' };
    const yesterday = { ...BOOKING, id: 'b2', startsAt: '2026-03-24T22:30:00Z' };
    const cancelled = { ...BOOKING, id: 'b3', startsAt: '2026-03-25T08:00:00Z', status: 'CANCELLED' as const };
    expect(visitsOn([yesterday, lateEvening, cancelled], now).map((b) => b.id)).toEqual([BOOKING.id]);
  });

  it('shows today’s visits under their team, teams by name, visits without a team last', async () => {
    api({
      bookings: () =>
        HttpResponse.json(
          paged([
            { ...BOOKING, id: 'b1', teamId: 'syd', startsAt: todayAt(13), endsAt: todayAt(14) },
            { ...BOOKING, id: 'b2', teamId: 'nord', startsAt: todayAt(10), endsAt: todayAt(12) },
            { ...BOOKING, id: 'b3', teamId: undefined, startsAt: todayAt(8), endsAt: todayAt(9) },
            { ...BOOKING, id: 'b4', teamId: 'syd', startsAt: todayAt(7), endsAt: todayAt(8) },
          ]),
        ),
    });
    renderApp('/');

    const visits = await panel('Dagens besøg');
    await within(visits).findByText('13:00–14:00');
    expect(within(visits).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Hold nord',
      'Hold syd',
      'Uden hold',
    ]);
    const syd = within(visits).getByRole('heading', { name: 'Hold syd' }).parentElement!;
    expect(within(syd).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
      '07:00–08:00',
      '13:00–14:00',
    ]);
  });

  it('groups nothing when no visit has a team yet', () => {
    const now = new Date('2026-03-24T10:00:00Z');
    const groups = visitsByTeam([BOOKING, { ...BOOKING, id: 'b2', startsAt: '2026-03-24T05:00:00Z' }], now);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.team).toBeNull();
    expect(groups[0]!.visits.map((b) => b.id)).toEqual(['b2', BOOKING.id]);
  });
});
