// Assistent: chat-service's conversations. Asking and streamed answers come with chat-service's
// assistant API; answers will render through components/Markdown.
import { useConversations } from '../../api/queries';
import { PageTitle } from '../../components/PageTitle';
import { Pager, usePageNumber } from '../../components/Pager';
import { QueryView } from '../../components/States';
import { formatDateTime } from '../../format/danish';

export function AssistantScreen() {
  const page = usePageNumber();
  const conversations = useConversations(page);
  return (
    <section>
      <PageTitle title="Assistent">Assistent</PageTitle>
      <p className="banner banner-info">Assistenten kan endnu ikke svare her; samtalerne vises, når de findes.</p>
      <h2>Samtaler</h2>
      <QueryView
        query={conversations}
        loading="Henter samtaler…"
        isEmpty={(data) => (data.content ?? []).length === 0}
        empty="Ingen samtaler endnu."
      >
        {(data) => (
          <>
            <ul className="rows">
              {(data.content ?? []).map((conversation) => (
                <li key={conversation.id}>
                  <strong>{conversation.title || 'Uden titel'}</strong>{' '}
                  <span className="muted">
                    {conversation.messageCount} beskeder · {formatDateTime(conversation.lastMessageAt)}
                  </span>
                </li>
              ))}
            </ul>
            <Pager page={data.page} label="samtaler" />
          </>
        )}
      </QueryView>
    </section>
  );
}
