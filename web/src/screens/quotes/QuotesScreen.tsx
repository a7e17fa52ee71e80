import { Link, useSearchParams } from 'react-router';
import { useQuotes } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { Pager, PAGE_SIZE, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { formatDateTime, formatKroner } from '../../format/danish';
import { quoteStatusLabel, serviceTypeLabel } from '../../format/labels';
import { quoteTone } from './quoteTone';

// The filters staff use, the approval queue first; ?status= in the URL so a link opens the queue.
const FILTERS: readonly (readonly [string, string])[] = [
  ['', 'Alle'],
  ['PENDING_APPROVAL', 'Til godkendelse'],
  ['APPROVED', 'Godkendt, ikke sendt'],
  ['SENT', 'Sendt'],
  ['ACCEPTED', 'Accepteret'],
  ['REJECTED', 'Afvist'],
  ['NEEDS_DETAILS', 'Mangler oplysninger'],
  ['CUSTOM_QUOTE_REQUIRED', 'Kræver særligt tilbud'],
];

export function QuotesScreen() {
  const page = usePageNumber();
  const [params, setParams] = useSearchParams();
  const status = FILTERS.some(([code]) => code === params.get('status')) ? (params.get('status') ?? '') : '';
  const quotes = useQuotes(page, PAGE_SIZE, status || undefined);
  const choose = (code: string) => {
    const next = new URLSearchParams();
    if (code) next.set('status', code);
    setParams(next);
  };
  return (
    <section>
      <PageTitle title="Tilbud">Tilbud</PageTitle>
      <div className="field narrow">
        <label htmlFor="quote-status">Vis</label>
        <select id="quote-status" value={status} onChange={(event) => choose(event.target.value)}>
          {FILTERS.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <QueryView
        query={quotes}
        loading="Henter tilbud…"
        isEmpty={(data) => (data.content ?? []).length === 0}
        empty={
          status === 'PENDING_APPROVAL'
            ? 'Ingen tilbud venter på godkendelse.'
            : 'Der er ingen tilbud her. Et tilbud beregnes, når et lead kommer ind.'
        }
      >
        {(data) => (
          <>
            <table className="table">
              <caption className="visually-hidden">Tilbud, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Oprettet</th>
                  <th scope="col">Opgave</th>
                  <th scope="col" className="number">
                    Pris inkl. moms
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {(data.content ?? []).map((quote) => (
                  <tr key={quote.id}>
                    <td className="nowrap">{formatDateTime(quote.createdAt)}</td>
                    <td>
                      <Link to={`/tilbud/${quote.id}`}>{serviceTypeLabel(quote.serviceType)}</Link>
                      {quote.duplicateWarning && <Badge tone="warn">Mulig dublet</Badge>}
                    </td>
                    <td className="number nowrap">{formatKroner(quote.priceInclVatOre)}</td>
                    <td>
                      <Badge tone={quoteTone(quote.status)}>{quoteStatusLabel(quote.status)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={data.page} label="tilbud" />
          </>
        )}
      </QueryView>
    </section>
  );
}
