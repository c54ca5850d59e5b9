import { graphql, usePaginationFragment } from 'react-relay';
import type { RequesterPanel_contact$key } from './__generated__/RequesterPanel_contact.graphql';
import type { RequesterPanelPaginationQuery } from './__generated__/RequesterPanelPaginationQuery.graphql';
import { when } from '../format';

const fragment = graphql`
  fragment RequesterPanel_contact on Contact
  @refetchable(queryName: "RequesterPanelPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    id
    name
    email
    helpdeskTickets(first: $count, after: $cursor) @connection(key: "RequesterPanel_helpdeskTickets") {
      edges {
        node {
          id
          ticketId
          subject
          status
          createdAt
          helpdesk {
            name
          }
        }
      }
    }
  }
`;

/** The requester, and their tickets in every helpdesk of the workspace (newest first). */
export const RequesterPanel = ({
  contact,
  currentTicketId,
  onSelect,
}: {
  contact: RequesterPanel_contact$key;
  currentTicketId: string;
  onSelect: (id: string) => void;
}) => {
  const { data, hasNext, isLoadingNext, loadNext } = usePaginationFragment<RequesterPanelPaginationQuery, RequesterPanel_contact$key>(fragment, contact);
  const others = (data.helpdeskTickets?.edges ?? []).map(({ node }) => node).filter((ticket) => ticket.ticketId !== currentTicketId);
  return (
    <aside className="requester" aria-label="Requester">
      <h3>{data.name ?? data.email}</h3>
      {data.name && data.email && <p className="meta">{data.email}</p>}
      <h4>Their other tickets</h4>
      <ul className="other-tickets">
        {others.map((ticket) => (
          <li key={ticket.id}>
            <button type="button" disabled={!ticket.ticketId} onClick={() => ticket.ticketId && onSelect(ticket.ticketId)}>
              <span className="subject">{ticket.subject ?? '(no subject)'}</span>
              <span className="meta">
                {ticket.helpdesk?.name} · {ticket.status} · {when(ticket.createdAt)}
              </span>
            </button>
          </li>
        ))}
        {others.length === 0 && <li className="meta">None.</li>}
      </ul>
      {hasNext && (
        <button type="button" disabled={isLoadingNext} onClick={() => loadNext(10)}>
          {isLoadingNext ? 'Loading…' : 'More'}
        </button>
      )}
    </aside>
  );
};
