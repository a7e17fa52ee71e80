import { Link, useParams } from 'react-router';
import { useThread } from '../../api/queries';
import { PageTitle } from '../../components/PageTitle';
import { QueryView } from '../../components/States';
import { formatDateTime } from '../../format/danish';
import { ThreadMessages } from './ThreadMessages';

export function ThreadScreen() {
  const { id } = useParams();
  const thread = useThread(id);
  return (
    <section>
      <p className="crumbs">
        <Link to="/mail">← Mail</Link>
      </p>
      <QueryView query={thread} loading="Henter tråden…">
        {(data) => (
          <>
            <PageTitle title="Mailtråd">{data.thread?.subject || '(intet emne)'}</PageTitle>
            <p className="muted">
              {data.thread?.messageCount} beskeder · seneste {formatDateTime(data.thread?.lastMessageAt)}
            </p>
            <ThreadMessages messages={data.messages ?? []} />
          </>
        )}
      </QueryView>
    </section>
  );
}
