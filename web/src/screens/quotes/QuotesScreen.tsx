import { Link } from 'react-router';
import { useQuotes } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { PageTitle } from '../../components/PageTitle';
import { Pager, PAGE_SIZE, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { formatDateTime, formatKroner } from '../../format/danish';
import { quoteStatusLabel, serviceTypeLabel } from '../../format/labels';
import { quoteTone } from './quoteTone';

export function QuotesScreen() {
  const page = usePageNumber();
  const quotes = useQuotes(page, PAGE_SIZE);
  return (
    <section>
      <PageTitle title="Tilbud">Tilbud</PageTitle>
      <QueryView
        query={quotes}
        loading="Henter tilbud…"
        isEmpty={(data) => (data.content ?? []).length === 0}
        empty="Der er ingen tilbud endnu. Et tilbud beregnes, når et lead kommer ind."
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
