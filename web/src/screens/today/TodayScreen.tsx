// I dag: what needs someone today. Each panel reads its own API and shows its own loading, empty
// and error state, so one service being down leaves the rest of the page useful.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MAX_PAGE, useBookings, useGmailSync, useLeads, useQuotes, useServices } from '../../api/queries';
import type { BookingView, LeadView, MailboxSyncView, QuoteView, ServiceState } from '../../api/types';
import { Badge } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatDateTime, formatKroner, formatTimeRange, formatWeekday, isToday } from '../../format/danish';
import {
  bookingStatusLabel,
  circuitLabel,
  connectionStatusLabel,
  leadSourceLabel,
  leadStatusLabel,
  quoteStatusLabel,
  serviceStatusLabel,
  serviceTypeLabel,
} from '../../format/labels';

/** Leads someone has to look at: new ones, and those the parser was unsure of. */
export const WAITING_LEAD = new Set(['NEW', 'MANUAL_REVIEW']);
/** Quotes someone has to act on before anything reaches the customer. */
export const WAITING_QUOTE = new Set(['DRAFTED', 'NEEDS_DETAILS', 'CUSTOM_QUOTE_REQUIRED', 'BLOCKED_DUPLICATE']);

function Panel({ title, children, more }: { title: string; children: ReactNode; more?: ReactNode }) {
  const id = `panel-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {more && <p className="panel-more">{more}</p>}
    </section>
  );
}

export function TodayScreen() {
  const now = new Date();
  return (
    <section>
      <PageTitle title="I dag">I dag – {formatWeekday(now)}</PageTitle>
      <div className="panels">
        <WaitingLeads />
        <WaitingQuotes />
        <TodaysVisits now={now} />
        <Operations />
      </div>
    </section>
  );
}

function WaitingLeads() {
  const leads = useLeads(0, MAX_PAGE);
  return (
    <Panel title="Leads der venter" more={<Link to="/leads">Alle leads</Link>}>
      <QueryView
        query={leads}
        loading="Henter leads…"
        isEmpty={(page) => waiting(page.content).length === 0}
        empty="Ingen nye leads venter."
      >
        {(page) => (
          <ul className="rows">
            {waiting(page.content).map((lead: LeadView) => (
              <li key={lead.id}>
                <Link to={`/leads/${lead.id}`}>{lead.summary || serviceTypeLabel(lead.serviceType)}</Link>{' '}
                <Badge tone={lead.status === 'MANUAL_REVIEW' ? 'warn' : 'info'}>{leadStatusLabel(lead.status)}</Badge>
                <span className="muted">
                  {' '}
                  {leadSourceLabel(lead.source)} · {formatDateTime(lead.receivedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Panel>
  );
}

const waiting = (leads: LeadView[] | undefined) => (leads ?? []).filter((lead) => WAITING_LEAD.has(lead.status ?? ''));

function WaitingQuotes() {
  const quotes = useQuotes(0, MAX_PAGE);
  const open = (list: QuoteView[] | undefined) => (list ?? []).filter((quote) => WAITING_QUOTE.has(quote.status ?? ''));
  return (
    <Panel title="Tilbud der venter" more={<Link to="/tilbud">Alle tilbud</Link>}>
      <QueryView query={quotes} loading="Henter tilbud…" isEmpty={(page) => open(page.content).length === 0} empty="Ingen tilbud venter.">
        {(page) => (
          <ul className="rows">
            {open(page.content).map((quote) => (
              <li key={quote.id}>
                <Link to={`/tilbud/${quote.id}`}>{serviceTypeLabel(quote.serviceType)}</Link>{' '}
                <Badge tone={quote.status === 'DRAFTED' ? 'info' : 'warn'}>{quoteStatusLabel(quote.status)}</Badge>
                <span className="muted"> {formatKroner(quote.priceInclVatOre)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Panel>
  );
}

/** Today's visits in Copenhagen, earliest first. */
export function visitsOn(bookings: BookingView[] | undefined, now: Date): BookingView[] {
  return (bookings ?? [])
    .filter((booking) => booking.status !== 'CANCELLED' && booking.startsAt && isToday(booking.startsAt, now))
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
}

export interface TeamVisits {
  /** booking-service's team id; null for a visit not yet given to a team. */
  team: string | null;
  visits: BookingView[];
}

/** Today's visits per team, teams by name and visits by time; the visits without a team last. */
export function visitsByTeam(bookings: BookingView[] | undefined, now: Date): TeamVisits[] {
  const byTeam = new Map<string | null, BookingView[]>();
  for (const booking of visitsOn(bookings, now)) {
    const team = booking.teamId || null;
    byTeam.set(team, [...(byTeam.get(team) ?? []), booking]);
  }
  return [...byTeam.entries()]
    .map(([team, visits]) => ({ team, visits }))
    .sort((a, b) => (a.team === null ? 1 : b.team === null ? -1 : a.team.localeCompare(b.team, 'da')));
}

function TodaysVisits({ now }: { now: Date }) {
  const bookings = useBookings(0, MAX_PAGE);
  return (
    <Panel title="Dagens besøg" more={<Link to="/kalender">Kalender</Link>}>
      <QueryView
        query={bookings}
        loading="Henter besøg…"
        isEmpty={(page) => visitsOn(page.content, now).length === 0}
        empty="Ingen besøg i dag."
      >
        {(page) => {
          const teams = visitsByTeam(page.content, now);
          const named = teams.some((group) => group.team !== null);
          return teams.map((group) => (
            <div key={group.team ?? 'none'} className="team-visits">
              {named && <h3>{group.team === null ? 'Uden hold' : `Hold ${group.team}`}</h3>}
              <ul className="rows">
                {group.visits.map((booking) => (
                  <li key={booking.id}>
                    <strong>{formatTimeRange(booking.startsAt, booking.endsAt)}</strong>{' '}
                    <Link to={`/tilbud/${booking.quoteId}`}>Tilbud</Link>{' '}
                    {booking.customerId && <Link to={`/kunder/${booking.customerId}`}>Kunde</Link>}{' '}
                    <Badge tone={booking.status === 'CONFIRMED' ? 'good' : 'neutral'}>{bookingStatusLabel(booking.status)}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          ));
        }}
      </QueryView>
    </Panel>
  );
}

const mailboxProblem = (mailbox: MailboxSyncView): string | null => {
  if (mailbox.connectionStatus === 'NEEDS_REAUTHORISATION') return connectionStatusLabel(mailbox.connectionStatus);
  if (mailbox.lastError) return `Fejl ved synkronisering ${formatDateTime(mailbox.lastErrorAt)}`;
  return null;
};

function Operations() {
  const services = useServices();
  const sync = useGmailSync();
  const down = (list: ServiceState[] | undefined) => (list ?? []).filter((service) => service.status !== 'UP');
  return (
    <Panel title="Drift og forbindelser">
      <h3>Tjenester</h3>
      <QueryView
        query={services}
        loading="Henter driftsstatus…"
        isEmpty={(list) => down(list).length === 0}
        empty="Alle tjenester kører."
      >
        {(list) => (
          <ul className="rows">
            {down(list).map((service) => (
              <li key={service.name}>
                {service.name} <Badge tone={service.status === 'DOWN' ? 'bad' : 'neutral'}>{serviceStatusLabel(service.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <h3>Gmail</h3>
      <QueryView
        query={sync}
        loading="Henter Gmail-status…"
        isEmpty={(view) =>
          (view.mailboxes ?? []).every((mailbox) => mailboxProblem(mailbox) === null) &&
          (view.circuitBreaker ?? 'CLOSED') === 'CLOSED'
        }
        empty="Ingen problemer med Gmail."
      >
        {(view) => (
          <ul className="rows">
            {view.circuitBreaker && view.circuitBreaker !== 'CLOSED' && (
              <li>
                Forbindelsen til Gmail: <Badge tone="bad">{circuitLabel(view.circuitBreaker)}</Badge>
              </li>
            )}
            {(view.mailboxes ?? [])
              .filter((mailbox) => mailboxProblem(mailbox) !== null)
              .map((mailbox) => (
                <li key={mailbox.connectionId}>
                  {mailbox.mailbox}: <Badge tone="bad">{mailboxProblem(mailbox)}</Badge>
                </li>
              ))}
          </ul>
        )}
      </QueryView>
    </Panel>
  );
}
