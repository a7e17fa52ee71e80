// The exact mail approval sends, as quote-service prepared it: recipient, subject, body. Reading it
// the first time prepares it (free slots, the accept link), so it is read only for quotes that
// have or may get a mail.
import { ApiError, describeError } from '../../../api/problem';
import { useQuotePreview } from '../../../api/queries';
import type { QuoteView } from '../../../api/types';
import { Loading } from '../../../components/States';
import { formatDateTime } from '../../../format/danish';
import { textSourceLabel } from '../../../format/labels';

const HAS_MAIL = new Set(['DRAFTED', 'APPROVED', 'SENT']);

export function MailPreviewPanel({ quote }: { quote: QuoteView }) {
  const preview = useQuotePreview(quote.id ?? '', HAS_MAIL.has(quote.status ?? ''));
  if (!HAS_MAIL.has(quote.status ?? '')) return null;
  return (
    <section className="panel mail-preview" aria-labelledby="mail-preview-title">
      <h2 id="mail-preview-title">Mailen til kunden</h2>
      {preview.isPending && <Loading label="Forbereder mailen…" />}
      {preview.isError && (
        <p className="state state-error" role="alert">
          {preview.error instanceof ApiError && preview.error.status === 409
            ? 'Der er ingen mail til dette tilbud.'
            : describeError(preview.error)}
        </p>
      )}
      {preview.data && (
        <>
          {preview.data.callCustomer || !preview.data.to ? (
            <p className="banner banner-warn">
              Vi må ikke skrive til nogen for dette lead: ring til kunden. Tilbuddet kan ikke godkendes til afsendelse.
            </p>
          ) : (
            <p>
              <span className="muted">Til:</span> {preview.data.to}
              {preview.data.threadId ? <span className="muted"> (svar i kundens tråd)</span> : null}
            </p>
          )}
          <p className="message-subject">{preview.data.subject}</p>
          <pre className="message-body mail-body">{preview.data.body}</pre>
          <p className="muted">
            {textSourceLabel(preview.data.textSource)}.{' '}
            {preview.data.slotsOffered ? 'Med forslag til ledige tider.' : 'Uden forslag til tider (kalenderen svarede ikke).'}{' '}
            Forberedt {formatDateTime(preview.data.preparedAt)}.
          </p>
        </>
      )}
    </section>
  );
}
