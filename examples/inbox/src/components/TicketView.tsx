import { graphql, useLazyLoadQuery } from 'react-relay';
import type { TicketViewQuery } from './__generated__/TicketViewQuery.graphql';
import { label, when } from '../format';
import { Conversation } from './Conversation';
import { FailureBanner } from './FailureBanner';
import { RequesterPanel } from './RequesterPanel';
import { TicketActions } from './TicketActions';

/**
 * One ticket: everything it shows comes from this query's fragments, so whatever refreshes the
 * Ticket record in the store (a mutation payload today, a ticket subscription selecting the same
 * fragments later) updates this view and the ticket's row together.
 */
const query = graphql`
  query TicketViewQuery($id: ID!) {
    viewer {
      access
    }
    ticket(id: $id) {
      id
      subject
      status
      rawStatus
      priority
      ref
      externalId
      createdAt
      helpdesk {
        name
        connectionId
      }
      requester {
        ...RequesterPanel_contact
      }
      ...TicketActions_ticket
      ...Conversation_ticket
    }
  }
`;

export const TicketView = ({ id, names, onSelect }: { id: string; names: ReadonlyMap<string, string>; onSelect: (id: string) => void }) => {
  const { viewer, ticket } = useLazyLoadQuery<TicketViewQuery>(query, { id });
  const canWrite = viewer?.access === 'write';
  const banner = (
    <FailureBanner operations={['TicketViewQuery', 'ConversationPaginationQuery', 'RequesterPanelPaginationQuery']} names={names} />
  );
  if (!ticket) {
    return (
      <>
        {banner}
        <p className="empty">This ticket could not be read: it is gone, its helpdesk failed, or this token may not read it.</p>
      </>
    );
  }
  return (
    <article className="ticket-view" data-ticket-id={ticket.id}>
      <header>
        <h2>{ticket.subject ?? '(no subject)'}</h2>
        <p className="meta">
          {ticket.helpdesk?.name} · #{ticket.ref ?? ticket.externalId} · opened {when(ticket.createdAt)}
        </p>
        <p className="badges">
          {ticket.status && (
            <span className={`status status-${ticket.status.toLowerCase()}`} data-testid="ticket-status" title={ticket.rawStatus ?? undefined}>
              {label(ticket.status)}
            </span>
          )}
          {ticket.priority && <span className={`priority priority-${ticket.priority.toLowerCase()}`}>{label(ticket.priority)}</span>}
        </p>
      </header>
      {banner}
      <TicketActions ticket={ticket} canWrite={canWrite} />
      <div className="columns">
        <Conversation ticket={ticket} canWrite={canWrite} />
        {ticket.requester && <RequesterPanel contact={ticket.requester} currentTicketId={ticket.id} onSelect={onSelect} />}
      </div>
    </article>
  );
};
