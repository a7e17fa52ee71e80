// Customer 360 as far as today's APIs go: the customer, and their leads, quotes, bookings and mail
// threads. lead-, quote- and booking-service cannot yet list by customer, so the newest 100 of each
// are read and filtered here (said on the page); mail threads are searched by the customer's address.
import { Link, useParams } from 'react-router';
import { MAX_PAGE, useBookings, useCustomer, useLeads, useQuotes, useThreads } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { Details } from '../../components/Details';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatDate, formatDateTime, formatKroner, formatPhone, formatTimeRange, phoneHref } from '../../format/danish';
import { bookingStatusLabel, leadStatusLabel, quoteStatusLabel, serviceTypeLabel } from '../../format/labels';

export function CustomerScreen() {
  const { id } = useParams();
  const customer = useCustomer(id);
  return (
    <section>
      <p className="crumbs">
        <Link to="/kunder">← Kunder</Link>
      </p>
      <QueryView query={customer} loading="Henter kunden…">
        {(customer) => (
          <>
            <PageTitle title="Kunde">{customer.name || 'Kunde uden navn'}</PageTitle>
            <Details
              rows={[
                ['E-mail', customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : null],
                [
                  'Telefon',
                  customer.phone ? (
                    <a href={phoneHref(customer.phone) ?? undefined}>{formatPhone(customer.phone)}</a>
                  ) : null,
                ],
                ['Adresse', customer.address],
                ['Kunde siden', formatDate(customer.createdAt)],
              ]}
            />
            <p className="muted">Leads, tilbud og besøg herunder er fundet blandt de nyeste 100 af hver.</p>
            <div className="columns">
              <CustomerLeads customerId={customer.id} />
              <CustomerQuotes customerId={customer.id} />
            </div>
            <div className="columns">
              <CustomerBookings customerId={customer.id} />
              <CustomerThreads email={customer.email} />
            </div>
          </>
        )}
      </QueryView>
    </section>
  );
}

function CustomerLeads({ customerId }: { customerId: string | undefined }) {
  const leads = useLeads(0, MAX_PAGE);
  const mine = (list: typeof leads.data) => (list?.content ?? []).filter((lead) => lead.customerId === customerId);
  return (
    <section aria-labelledby="kunde-leads">
      <h2 id="kunde-leads">Leads</h2>
      <QueryView query={leads} isEmpty={(page) => mine(page).length === 0} empty="Ingen leads.">
        {(page) => (
          <ul className="rows">
            {mine(page).map((lead) => (
              <li key={lead.id}>
                <Link to={`/leads/${lead.id}`}>{lead.summary || serviceTypeLabel(lead.serviceType)}</Link>{' '}
                <Badge>{leadStatusLabel(lead.status)}</Badge> <span className="muted">{formatDateTime(lead.receivedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function CustomerQuotes({ customerId }: { customerId: string | undefined }) {
  const quotes = useQuotes(0, MAX_PAGE);
  const mine = (list: typeof quotes.data) => (list?.content ?? []).filter((quote) => quote.customerId === customerId);
  return (
    <section aria-labelledby="kunde-tilbud">
      <h2 id="kunde-tilbud">Tilbud</h2>
      <QueryView query={quotes} isEmpty={(page) => mine(page).length === 0} empty="Ingen tilbud.">
        {(page) => (
          <ul className="rows">
            {mine(page).map((quote) => (
              <li key={quote.id}>
                <Link to={`/tilbud/${quote.id}`}>
                  {serviceTypeLabel(quote.serviceType)}, {formatKroner(quote.priceInclVatOre)}
                </Link>{' '}
                <Badge>{quoteStatusLabel(quote.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function CustomerBookings({ customerId }: { customerId: string | undefined }) {
  const bookings = useBookings(0, MAX_PAGE);
  const mine = (list: typeof bookings.data) => (list?.content ?? []).filter((booking) => booking.customerId === customerId);
  return (
    <section aria-labelledby="kunde-besog">
      <h2 id="kunde-besog">Besøg</h2>
      <QueryView query={bookings} isEmpty={(page) => mine(page).length === 0} empty="Ingen besøg.">
        {(page) => (
          <ul className="rows">
            {mine(page).map((booking) => (
              <li key={booking.id}>
                {booking.startsAt ? (
                  <>
                    {formatDate(booking.startsAt)} {formatTimeRange(booking.startsAt, booking.endsAt)}
                  </>
                ) : (
                  'Ikke planlagt'
                )}{' '}
                <Badge>{bookingStatusLabel(booking.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function CustomerThreads({ email }: { email: string | undefined }) {
  const threads = useThreads({ participant: email }, 0, 20, Boolean(email));
  return (
    <section aria-labelledby="kunde-mail">
      <h2 id="kunde-mail">Mail</h2>
      {!email ? (
        <p className="state state-empty">Kunden har ingen e-mailadresse.</p>
      ) : (
        <QueryView query={threads} isEmpty={(page) => (page.content ?? []).length === 0} empty="Ingen mailtråde.">
          {(page) => (
            <ul className="rows">
              {(page.content ?? []).map((thread) => (
                <li key={thread.id}>
                  <Link to={`/mail/${thread.id}`}>{thread.subject || '(intet emne)'}</Link>{' '}
                  <span className="muted">{formatDateTime(thread.lastMessageAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      )}
    </section>
  );
}
