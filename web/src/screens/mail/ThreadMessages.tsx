import type { EmailMessageView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { formatBytes, formatDateTime } from '../../format/danish';

/** A thread's messages in order, as plain text (a mail's HTML is never rendered). */
export function ThreadMessages({ messages }: { messages: EmailMessageView[] }) {
  if (messages.length === 0) return <p className="state state-empty">Tråden har ingen beskeder.</p>;
  return (
    <ol className="messages">
      {messages.map((message) => (
        <li key={message.id}>
          <article className="message" aria-label={`Besked fra ${message.fromName || message.fromAddress || 'ukendt'}`}>
            <header className="message-head">
              <p>
                <strong>{message.fromName || message.fromAddress}</strong>
                {message.fromName && message.fromAddress && <span className="muted"> &lt;{message.fromAddress}&gt;</span>}{' '}
                <Badge tone={message.direction === 'OUTBOUND' ? 'info' : 'neutral'}>
                  {message.direction === 'OUTBOUND' ? 'Sendt af os' : 'Modtaget'}
                </Badge>
                {message.deletedInGmailAt && <Badge tone="warn">Slettet i Gmail</Badge>}
              </p>
              <p className="muted">
                {message.to && message.to.length > 0 && <>Til {message.to.join(', ')} · </>}
                <time dateTime={message.sentAt ?? message.receivedAt}>{formatDateTime(message.sentAt ?? message.receivedAt)}</time>
              </p>
              {message.subject && <p className="message-subject">{message.subject}</p>}
            </header>
            <div className="message-body">{message.bodyText || <em>(ingen tekst)</em>}</div>
            {(message.attachments ?? []).length > 0 && (
              <ul className="attachments" aria-label="Vedhæftede filer">
                {(message.attachments ?? []).map((attachment, index) => (
                  <li key={`${attachment.filename}-${index}`}>
                    {attachment.filename || 'uden navn'} <span className="muted">({attachment.mimeType}, {formatBytes(attachment.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
