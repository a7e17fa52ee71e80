import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, describeError } from '../../api/problem';
import { acceptQuote, useQuote } from '../../api/queries';
import type { QuoteView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Details } from '../../components/Details';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatDateTime, formatKroner, formatNumber } from '../../format/danish';
import { addOnLabel, customerKindLabel, frequencyLabel, quoteStatusLabel, serviceTypeLabel } from '../../format/labels';
import { quoteTone } from './quoteTone';

/** One quote with its price lines, how it was priced, and (for a drafted or sent one) accepting it. */
export function QuoteScreen() {
  const { id = '' } = useParams();
  const quote = useQuote(id);
  return (
    <section>
      <p className="crumbs">
        <Link to="/tilbud">← Tilbud</Link>
      </p>
      <QueryView query={quote} loading="Henter tilbuddet…">
        {(quote) => (
          <>
            <PageTitle title="Tilbud">
              Tilbud: {serviceTypeLabel(quote.serviceType)} <Badge tone={quoteTone(quote.status)}>{quoteStatusLabel(quote.status)}</Badge>
            </PageTitle>
            {quote.statusReason && <p className="banner banner-warn">{quote.statusReason}</p>}
            {quote.duplicateWarning && (
              <p className="banner banner-warn">
                Måske en dublet
                {quote.duplicateOfQuoteId && (
                  <>
                    {' '}
                    af <Link to={`/tilbud/${quote.duplicateOfQuoteId}`}>et andet tilbud</Link>
                  </>
                )}
                .
              </p>
            )}
            <div className="columns">
              <div>
                <h2>Pris</h2>
                <PriceLines quote={quote} />
                <AcceptQuote quote={quote} />
              </div>
              <div>
                <h2>Opgaven</h2>
                <Details
                  rows={[
                    ['Kunde', quote.customerId ? <Link to={`/kunder/${quote.customerId}`}>Se kunden</Link> : null],
                    ['Lead', quote.leadId ? <Link to={`/leads/${quote.leadId}`}>Se leadet</Link> : null],
                    ['Kundetype', quote.customerKind ? customerKindLabel(quote.customerKind) : null],
                    ['Hyppighed', quote.frequency ? frequencyLabel(quote.frequency) : null],
                    ['Areal', quote.areaSqm ? `${quote.areaSqm} m²` : null],
                    ['Tilvalg', (quote.addOns ?? []).map(addOnLabel).join(', ')],
                    ['Personer', quote.persons],
                    ['Timer på stedet', quote.hoursOnSite != null ? formatNumber(quote.hoursOnSite) : null],
                    ['Mandetimer', quote.personHours != null ? formatNumber(quote.personHours) : null],
                    ['Besøgets længde', quote.visitMinutes ? `${quote.visitMinutes} min.` : null],
                    ['Lead modtaget', formatDateTime(quote.leadReceivedAt)],
                    ['Oprettet', formatDateTime(quote.createdAt)],
                    ['Accepteret', quote.acceptedAt ? formatDateTime(quote.acceptedAt) : null],
                  ]}
                />
              </div>
            </div>
            {(quote.explanation ?? []).length > 0 && (
              <>
                <h2>Sådan er prisen regnet</h2>
                <ul className="explanation">
                  {(quote.explanation ?? []).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function PriceLines({ quote }: { quote: QuoteView }) {
  if (quote.priceInclVatOre == null) return <p className="state state-empty">Tilbuddet har ingen pris endnu.</p>;
  return (
    <table className="table price-lines">
      <caption className="visually-hidden">Prislinjer</caption>
      <tbody>
        <tr>
          <th scope="row">Pris inkl. moms</th>
          <td className="number">{formatKroner(quote.priceInclVatOre)}</td>
        </tr>
        <tr className="sub">
          <th scope="row">heraf moms</th>
          <td className="number">{formatKroner(quote.vatOre)}</td>
        </tr>
        {quote.labourDeductionOre != null && quote.labourDeductionOre > 0 && (
          <tr>
            <th scope="row">Servicefradrag (anslået)</th>
            <td className="number">−{formatKroner(quote.labourDeductionOre)}</td>
          </tr>
        )}
        {quote.priceAfterDeductionOre != null && (
          <tr className="total">
            <th scope="row">Pris efter servicefradrag</th>
            <td className="number">{formatKroner(quote.priceAfterDeductionOre)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function AcceptQuote({ quote }: { quote: QuoteView }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptQuote(quote.id ?? ''),
    onSuccess: (accepted) => {
      queryClient.setQueryData(['quotes', quote.id], accepted);
      void queryClient.invalidateQueries({ queryKey: ['quotes'] });
      void queryClient.invalidateQueries({ queryKey: ['bookings'] });
      setConfirming(false);
    },
  });
  if (quote.status !== 'DRAFTED' && quote.status !== 'SENT') return null;
  const failure =
    accept.error instanceof ApiError && accept.error.status === 409
      ? 'Tilbuddet kan ikke accepteres i sin nuværende tilstand (måske har en anden lige gjort det).'
      : accept.error
        ? describeError(accept.error)
        : null;
  return (
    <div className="actions">
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Registrér kundens accept
        </button>
      ) : (
        <div className="confirm" role="group" aria-label="Bekræft accept">
          <p>Har kunden accepteret tilbuddet? Så bookes et besøg i første ledige tid.</p>
          <button type="button" className="button button-primary" disabled={accept.isPending} onClick={() => accept.mutate()}>
            Ja, kunden har accepteret
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Fortryd
          </button>
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
