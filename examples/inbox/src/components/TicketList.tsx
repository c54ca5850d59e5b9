import { useEffect, useRef } from 'react';
import { graphql, usePaginationFragment } from 'react-relay';
import type { TicketList_query$key } from './__generated__/TicketList_query.graphql';
import type { TicketListPaginationQuery } from './__generated__/TicketListPaginationQuery.graphql';
import { TicketRow } from './TicketRow';

export const PAGE_SIZE = 50;

const fragment = graphql`
  fragment TicketList_query on Query
  @refetchable(queryName: "TicketListPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int!" }
    cursor: { type: "String" }
    filter: { type: "TicketFilter" }
    connectionId: { type: "ID" }
  ) {
    tickets(first: $count, after: $cursor, filter: $filter, connectionId: $connectionId)
      @connection(key: "TicketList_tickets", filters: ["filter", "connectionId"]) {
      edges {
        node {
          id
          ...TicketRow_ticket
        }
      }
    }
  }
`;

/** The merged ticket list; the next page loads when its end scrolls into view. */
export const TicketList = ({
  query,
  selected,
  onSelect,
}: {
  query: TicketList_query$key;
  selected: string | null;
  onSelect: (id: string) => void;
}) => {
  const { data, hasNext, isLoadingNext, loadNext } = usePaginationFragment<TicketListPaginationQuery, TicketList_query$key>(fragment, query);
  const end = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const element = end.current;
    if (!element || !hasNext || isLoadingNext) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadNext(PAGE_SIZE);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNext, isLoadingNext, loadNext]);

  const edges = data.tickets?.edges ?? [];
  return (
    <ol className="tickets" aria-label="Tickets">
      {edges.map(({ node }) => (
        <TicketRow key={node.id} ticket={node} selected={node.id === selected} onSelect={onSelect} />
      ))}
      {hasNext ? (
        <li ref={end} className="more">
          {isLoadingNext ? 'Loading more…' : 'More below'}
        </li>
      ) : (
        <li className="end">{edges.length === 0 ? 'No tickets match.' : 'That is every ticket.'}</li>
      )}
    </ol>
  );
};
