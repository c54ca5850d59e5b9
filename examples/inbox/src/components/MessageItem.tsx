import { graphql, useFragment } from 'react-relay';
import type { MessageItem_message$key } from './__generated__/MessageItem_message.graphql';
import { label, when } from '../format';

const fragment = graphql`
  fragment MessageItem_message on Message {
    id
    type
    internal
    bodyText
    createdAt
    author {
      kind
      name
    }
  }
`;

/** Ids Relay gives records that exist only in an optimistic update. */
export const isOptimistic = (id: string): boolean => id.startsWith('client:');

export const MessageItem = ({ message }: { message: MessageItem_message$key }) => {
  const { id, type, internal, bodyText, createdAt, author } = useFragment(fragment, message);
  const pending = isOptimistic(id);
  return (
    <li className={`message ${internal ? 'note' : ''} ${pending ? 'pending' : ''}`} data-message-id={id} data-type={type ?? ''}>
      <p className="author">
        {author?.name ?? (author?.kind ? label(author.kind) : 'Someone')}
        {internal && <span className="tag">Internal note</span>}
        <time dateTime={createdAt ?? undefined}>{pending ? 'Sending…' : when(createdAt)}</time>
      </p>
      <p className="body">{bodyText}</p>
    </li>
  );
};
