import { graphql, usePaginationFragment } from 'react-relay';
import type { Conversation_ticket$key } from './__generated__/Conversation_ticket.graphql';
import type { ConversationPaginationQuery } from './__generated__/ConversationPaginationQuery.graphql';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';

const fragment = graphql`
  fragment Conversation_ticket on Ticket
  @refetchable(queryName: "ConversationPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    id
    helpdesk {
      capabilities {
        mutations
      }
    }
    messages(first: $count, after: $cursor) @connection(key: "Conversation_messages") {
      __id
      edges {
        node {
          id
          ...MessageItem_message
        }
      }
    }
  }
`;

/** The conversation, oldest first, newer pages on demand, and the composer under it (for a write token). */
export const Conversation = ({ ticket, canWrite }: { ticket: Conversation_ticket$key; canWrite: boolean }) => {
  const { data, hasNext, isLoadingNext, loadNext } = usePaginationFragment<ConversationPaginationQuery, Conversation_ticket$key>(fragment, ticket);
  const mutations = data.helpdesk?.capabilities?.mutations ?? [];
  if (!data.messages) return <section className="conversation empty">This helpdesk does not give its conversations to the API.</section>;
  return (
    <section className="conversation" aria-label="Conversation">
      <ol className="messages">
        {data.messages.edges.map(({ node }) => (
          <MessageItem key={node.id} message={node} />
        ))}
      </ol>
      {hasNext && (
        <button type="button" disabled={isLoadingNext} onClick={() => loadNext(20)}>
          {isLoadingNext ? 'Loading…' : 'Newer messages'}
        </button>
      )}
      {canWrite ? (
        <Composer
          ticketId={data.id}
          connection={data.messages.__id}
          canReply={mutations.includes('replyToTicket')}
          canNote={mutations.includes('addInternalNote')}
        />
      ) : (
        <p className="hint">Sign in with a write token to reply or add notes.</p>
      )}
    </section>
  );
};
