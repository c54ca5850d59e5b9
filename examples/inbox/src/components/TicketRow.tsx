import { graphql, useFragment } from 'react-relay';
import type { TicketRow_ticket$key } from './__generated__/TicketRow_ticket.graphql';
import { label, when } from '../format';

const fragment = graphql`
  fragment TicketRow_ticket on Ticket {
    id
    subject
    status
    priority
    createdAt
    requester {
      name
      email
    }
    helpdesk {
      connectionId
      kind
      name
    }
  }
`;

export const TicketRow = ({ ticket, selected, onSelect }: { ticket: TicketRow_ticket$key; selected: boolean; onSelect: (id: string) => void }) => {
  const { id, subject, status, priority, createdAt, requester, helpdesk } = useFragment(fragment, ticket);
  return (
    <li className="ticket-row" data-ticket-id={id} data-connection-id={helpdesk?.connectionId ?? ''} aria-current={selected || undefined}>
      <button type="button" onClick={() => onSelect(id)}>
        <span className="subject">{subject ?? '(no subject)'}</span>
        <span className="meta">
          <span className="helpdesk" data-kind={helpdesk?.kind ?? ''}>
            {helpdesk?.name ?? helpdesk?.connectionId}
          </span>
          <span className="from">{requester?.name ?? requester?.email ?? 'unknown requester'}</span>
          <time dateTime={createdAt ?? undefined}>{when(createdAt)}</time>
        </span>
        <span className="badges">
          {status && <span className={`status status-${status.toLowerCase()}`}>{label(status)}</span>}
          {priority && <span className={`priority priority-${priority.toLowerCase()}`}>{label(priority)}</span>}
        </span>
      </button>
    </li>
  );
};
