import { Link, useParams } from 'react-router';
import { MAX_PAGE, useCustomer, useLead, useQuotes, useThread } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { Details } from '../../components/Details';
import { PageTitle } from '../../components/PageTitle';
import { Loading, QueryView } from '../../components/States';
import { formatDateTime, formatKroner, formatPhone, phoneHref } from '../../format/danish';
import {
  addOnLabel,
  frequencyLabel,
  leadSourceLabel,
  leadStatusLabel,
  quoteStatusLabel,
  serviceTypeLabel,
} from '../../format/labels';
import { ThreadMessages } from '../mail/ThreadMessages';
import { leadTone } from './leadTone';

/** One lead: what the mail asked for, its customer, its quote, and the mail thread it came in. */
export function LeadScreen() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  return (
    <section>
      <p className="crumbs">
        <Link to="/leads">← Leads</Link>
      </p>
      <QueryView query={lead} loading="Henter lead…">
        {(lead) => (
          <>
            <PageTitle title="Lead">
              {lead.summary || serviceTypeLabel(lead.serviceType)}{' '}
              <Badge tone={leadTone(lead.status)}>{leadStatusLabel(lead.status)}</Badge>
            </PageTitle>
            <div className="columns">
              <div>
                <h2>Henvendelsen</h2>
                <Details
                  rows={[
                    ['Kilde', leadSourceLabel(lead.source)],
                    ['Modtaget', formatDateTime(lead.receivedAt)],
                    ['Opgave', serviceTypeLabel(lead.serviceType)],
                    ['Hyppighed', lead.frequency ? frequencyLabel(lead.frequency) : null],
                    ['Areal', lead.areaSqm ? `${lead.areaSqm} m²` : null],
                    ['Rum', lead.rooms],
                    ['Boligtype', lead.propertyType],
                    ['Tilvalg', (lead.addOns ?? []).map(addOnLabel).join(', ')],
                    ['Ekstra', (lead.extras ?? []).join(', ')],
                    ['Ønskede dage', lead.preferredDays],
                    ['Til vurdering fordi', lead.reviewReason],
                  ]}
                />
              </div>
              <div>
                <LeadCustomer customerId={lead.customerId} />
                <LeadQuote leadId={lead.id} />
              </div>
            </div>
            <h2>Mailtråden</h2>
            <LeadThread threadId={lead.threadId} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function LeadCustomer({ customerId }: { customerId: string | undefined }) {
  const customer = useCustomer(customerId);
  if (!customerId) return null;
  return (
    <>
      <h2>Kunde</h2>
      <QueryView query={customer} loading="Henter kunde…">
        {(customer) => (
          <Details
            rows={[
              ['Navn', <Link to={`/kunder/${customer.id}`}>{customer.name || 'Uden navn'}</Link>],
              ['E-mail', customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : null],
              [
                'Telefon',
                customer.phone ? (
                  phoneHref(customer.phone) ? (
                    <a href={phoneHref(customer.phone) ?? undefined}>{formatPhone(customer.phone)}</a>
                  ) : (
                    formatPhone(customer.phone)
                  )
                ) : null,
              ],
              ['Adresse', customer.address],
            ]}
          />
        )}
      </QueryView>
    </>
  );
}

function LeadQuote({ leadId }: { leadId: string | undefined }) {
  // quote-service has no "quote of lead" lookup yet: the newest page holds a fresh lead's quote.
  const quotes = useQuotes(0, MAX_PAGE);
  return (
    <>
      <h2>Tilbud</h2>
      <QueryView
        query={quotes}
        loading="Henter tilbud…"
        isEmpty={(page) => !(page.content ?? []).some((quote) => quote.leadId === leadId)}
        empty="Intet tilbud til dette lead (blandt de nyeste 100)."
      >
        {(page) => (
          <ul className="rows">
            {(page.content ?? [])
              .filter((quote) => quote.leadId === leadId)
              .map((quote) => (
                <li key={quote.id}>
                  <Link to={`/tilbud/${quote.id}`}>{formatKroner(quote.priceInclVatOre)}</Link>{' '}
                  <Badge>{quoteStatusLabel(quote.status)}</Badge>
                </li>
              ))}
          </ul>
        )}
      </QueryView>
    </>
  );
}

function LeadThread({ threadId }: { threadId: string | undefined }) {
  const thread = useThread(threadId);
  if (!threadId) return <p>Leadet har ingen mailtråd.</p>;
  if (thread.isPending) return <Loading label="Henter mailtråden…" />;
  return (
    <QueryView query={thread}>
      {(thread) => <ThreadMessages messages={thread.messages ?? []} />}
    </QueryView>
  );
}
