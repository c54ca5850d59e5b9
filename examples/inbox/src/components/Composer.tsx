import { useState } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { ComposerNoteMutation } from './__generated__/ComposerNoteMutation.graphql';
import type { ComposerReplyMutation } from './__generated__/ComposerReplyMutation.graphql';
import { newIdempotencyKey } from '../session';
import { describeErrors } from './mutationErrors';

const replyMutation = graphql`
  mutation ComposerReplyMutation($input: ReplyToTicketInput!, $connections: [ID!]!) @raw_response_type {
    replyToTicket(input: $input) {
      message @appendNode(connections: $connections, edgeTypeName: "MessageEdge") {
        id
        ...MessageItem_message
      }
      ticket {
        id
        status
        updatedAt
      }
      errors {
        ...mutationErrors_error
      }
    }
  }
`;

const noteMutation = graphql`
  mutation ComposerNoteMutation($input: AddInternalNoteInput!, $connections: [ID!]!) @raw_response_type {
    addInternalNote(input: $input) {
      message @appendNode(connections: $connections, edgeTypeName: "MessageEdge") {
        id
        ...MessageItem_message
      }
      ticket {
        id
        updatedAt
      }
      errors {
        ...mutationErrors_error
      }
    }
  }
`;

type Kind = 'reply' | 'note';

/**
 * Writes a reply or an internal note. The message shows at once (optimistically) and stays only if
 * the gateway wrote it: a typed error answers `message: null`, which drops the optimistic one, and the
 * error shows instead. A draft keeps its idempotency key until it is sent or edited, so sending it
 * again after an upstream failure cannot post it twice.
 */
export const Composer = ({ ticketId, connection, canReply, canNote }: { ticketId: string; connection: string; canReply: boolean; canNote: boolean }) => {
  const [kind, setKind] = useState<Kind>(canReply ? 'reply' : 'note');
  const [draft, setDraft] = useState({ body: '', key: newIdempotencyKey() });
  const [problems, setProblems] = useState<string[]>([]);
  const [commitReply, replying] = useMutation<ComposerReplyMutation>(replyMutation);
  const [commitNote, noting] = useMutation<ComposerNoteMutation>(noteMutation);
  if (!canReply && !canNote) return <p className="hint">This helpdesk takes no replies or notes through the API.</p>;

  const settle = (errors: string[]) => {
    setProblems(errors);
    if (errors.length === 0) setDraft({ body: '', key: newIdempotencyKey() });
  };
  const onError = (error: Error) => setProblems([error.message]);

  const send = () => {
    const input = { ticketId, body: draft.body, idempotencyKey: draft.key };
    const variables = { input, connections: [connection] };
    const message = {
      id: `client:message:${draft.key}`,
      type: kind === 'note' ? ('NOTE' as const) : ('REPLY' as const),
      internal: kind === 'note',
      bodyText: draft.body,
      createdAt: new Date().toISOString(),
      author: { kind: 'AGENT' as const, name: 'You' },
    };
    setProblems([]);
    if (kind === 'note') {
      commitNote({
        variables,
        optimisticResponse: { addInternalNote: { message, ticket: null, errors: [] } },
        onCompleted: (response) => settle(describeErrors(response.addInternalNote?.errors)),
        onError,
      });
    } else {
      commitReply({
        variables,
        optimisticResponse: { replyToTicket: { message, ticket: null, errors: [] } },
        onCompleted: (response) => settle(describeErrors(response.replyToTicket?.errors)),
        onError,
      });
    }
  };

  const sending = replying || noting;
  return (
    <form
      className={`composer ${kind}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.body.trim() && !sending) send();
      }}
    >
      <div className="kinds" role="radiogroup" aria-label="Message kind">
        {canReply && (
          <label>
            <input type="radio" name="kind" checked={kind === 'reply'} onChange={() => setKind('reply')} /> Reply
          </label>
        )}
        {canNote && (
          <label>
            <input type="radio" name="kind" checked={kind === 'note'} onChange={() => setKind('note')} /> Internal note
          </label>
        )}
      </div>
      <textarea
        name="body"
        aria-label={kind === 'note' ? 'Internal note' : 'Reply'}
        placeholder={kind === 'note' ? 'Only agents see this note' : 'The requester sees this reply'}
        value={draft.body}
        onChange={(event) => setDraft({ body: event.target.value, key: newIdempotencyKey() })}
      />
      {problems.length > 0 && (
        <div className="problems" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <button type="submit" disabled={!draft.body.trim() || sending}>
        {sending ? 'Sending…' : kind === 'note' ? 'Add note' : 'Send reply'}
      </button>
    </form>
  );
};
