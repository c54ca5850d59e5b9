import { Suspense, useState, useTransition } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay';
import type { InboxQuery, TicketFilter } from './__generated__/InboxQuery.graphql';
import { useSelectedTicket } from '../useSelectedTicket';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureBanner } from './FailureBanner';
import { Filters, type FilterValues } from './Filters';
import { PAGE_SIZE, TicketList } from './TicketList';
import { TicketView } from './TicketView';

const query = graphql`
  query InboxQuery($count: Int!, $filter: TicketFilter, $connectionId: ID) {
    viewer {
      tokenId
      access
    }
    workspaces {
      id
      name
      helpdesks {
        connectionId
        name
      }
    }
    ...TicketList_query @arguments(count: $count, filter: $filter, connectionId: $connectionId)
  }
`;

const NO_FILTERS: FilterValues = { status: null, priority: null, connectionId: null };

const ticketFilter = ({ status, priority }: FilterValues): TicketFilter | null =>
  status || priority ? { ...(status ? { statuses: [status] } : {}), ...(priority ? { priorities: [priority] } : {}) } : null;

/** The merged inbox of the token's workspace, its filters, and the open ticket beside it. */
export const Inbox = ({ onSignOut }: { onSignOut: () => void }) => {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [filtering, startFiltering] = useTransition();
  const [selected, select] = useSelectedTicket();
  const data = useLazyLoadQuery<InboxQuery>(query, {
    count: PAGE_SIZE,
    filter: ticketFilter(filters),
    connectionId: filters.connectionId,
  });
  const helpdesks = (data.workspaces ?? []).flatMap((workspace) => workspace.helpdesks ?? []);
  const names = new Map(helpdesks.flatMap(({ connectionId, name }) => (connectionId ? [[connectionId, name ?? connectionId] as const] : [])));

  return (
    <div className="inbox">
      <header>
        <h1>Inbox</h1>
        <span className="who">
          {data.viewer?.tokenId} ({data.viewer?.access})
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <section className="list" aria-busy={filtering}>
        <Filters values={filters} helpdesks={names} onChange={(next) => startFiltering(() => setFilters(next))} />
        <FailureBanner operations={['InboxQuery', 'TicketListPaginationQuery']} names={names} />
        <TicketList query={data} selected={selected} onSelect={select} />
      </section>
      <section className="ticket">
        {selected ? (
          <ErrorBoundary key={selected}>
            <Suspense fallback={<p className="loading">Loading the ticket…</p>}>
              <TicketView id={selected} names={names} onSelect={select} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="empty">Pick a ticket to read its conversation.</p>
        )}
      </section>
    </div>
  );
};
