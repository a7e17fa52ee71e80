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
import { ApprovalActions } from './approval/ApprovalActions';
import { MailPreviewPanel } from './approval/MailPreviewPanel';
import { QuoteChanges } from './approval/QuoteChanges';
import { QuoteEditor } from './approval/QuoteEditor';
import { quoteTone } from './quoteTone';

const EDITABLE = new Set(['DRAFTED', 'CUSTOM_QUOTE_REQUIRED']);

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
            {quote.sendingNote && (
              <p className="banner banner-warn" role="status">
                <strong>Afsendelse:</strong> {quote.sendingNote}
              </p>
            )}
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
                <Editing quote={quote} />
                <ApprovalActions quote={quote} />
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
                    ['Gyldigt til', quote.validUntil ? formatDateTime(quote.validUntil) : null],
                    ['Godkendt', quote.approvedAt ? `${formatDateTime(quote.approvedAt)} af ${quote.approvedBy ?? '–'}` : null],
                    ['Sendt', quote.sentAt ? formatDateTime(quote.sentAt) : null],
                    ['Afvist', quote.rejectedAt ? `${formatDateTime(quote.rejectedAt)} af ${quote.rejectedBy ?? '–'}: ${quote.rejectionReason ?? ''}` : null],
                    ['Accepteret', quote.acceptedAt ? formatDateTime(quote.acceptedAt) : null],
                  ]}
                />
              </div>
            </div>
            <MailPreviewPanel quote={quote} />
            <QuoteChanges quoteId={quote.id ?? ''} />
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

function Editing({ quote }: { quote: QuoteView }) {
  const [editing, setEditing] = useState(false);
  if (!EDITABLE.has(quote.status ?? '')) return null;
  if (editing) return <QuoteEditor key={quote.updatedAt} quote={quote} onDone={() => setEditing(false)} />;
  return (
    <p>
      <button type="button" className="button" onClick={() => setEditing(true)}>
        Ret tilbuddet
      </button>
    </p>
  );
}

function PriceLines({ quote }: { quote: QuoteView }) {
  if (quote.priceInclVatOre == null) return <p className="state state-empty">Tilbuddet har ingen pris endnu.</p>;
  return (
    <table className="table price-lines">
      <caption className="visually-hidden">Prislinjer</caption>
      <tbody>
        {(quote.lines ?? []).map((line, index) => (
          <tr key={index} className="line">
            <th scope="row">
              {line.description}{' '}
              <span className="muted">
                ({line.persons} {line.persons === 1 ? 'person' : 'personer'} × {formatNumber(line.hours)} t)
              </span>
            </th>
            <td className="number">{formatKroner(line.amountOre)}</td>
          </tr>
        ))}
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
