import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * Each connection's `capabilities` checked against what its ticket listings really do, through the
 * gateway, against every simulator: a total count only where one is claimed, and whenever one is
 * claimed at least one listing carries it; every claimed sort works both ways and every other is
 * refused; backward paging works exactly where claimed.
 */

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(SIMULATOR_KINDS.map((kind) => kind.kind), { timeoutMs: 3000 });
});
afterAll(() => g.close());

interface Capabilities {
  ticketSorts: string[];
  sortDirections: string[];
  backwardPagination: boolean;
  totalCount: boolean;
}

const LIST = `query($connectionId: ID!, $first: Int, $last: Int, $orderBy: TicketOrder) {
  tickets(connectionId: $connectionId, first: $first, last: $last, orderBy: $orderBy) { totalCount edges { node { id } } }
}`;

describe('capabilities say the truth', () => {
  it('matches every connection’s listings', async () => {
    const helpdesks = await g.gql<{ workspaces: { helpdesks: { connectionId: string; kind: string; capabilities: Capabilities }[] }[] }>(
      '{ workspaces { helpdesks { connectionId kind capabilities { ticketSorts sortDirections backwardPagination totalCount } } } }',
    );
    expect(helpdesks.errors).toBeUndefined();
    const all = helpdesks.data?.workspaces[0]?.helpdesks ?? [];
    expect(all.map((helpdesk) => helpdesk.kind).sort()).toEqual(SIMULATOR_KINDS.map((kind) => kind.kind).sort());
    for (const { connectionId, capabilities } of all) {
      const totals: (number | null)[] = [];
      for (const field of ['CREATED_AT', 'UPDATED_AT']) {
        for (const direction of capabilities.sortDirections) {
          const result = await g.gql(LIST, { connectionId, first: 3, orderBy: { field, direction } });
          if (!capabilities.ticketSorts.includes(field)) {
            expect(result.errors?.[0]?.extensions?.['code'], `${connectionId} ${field}`).toBe('CAPABILITY_UNSUPPORTED');
            continue;
          }
          expect(result.errors, `${connectionId} ${field} ${direction}`).toBeUndefined();
          expect(result.data?.tickets.edges.length, `${connectionId} ${field} ${direction}`).toBe(3);
          totals.push(result.data?.tickets.totalCount ?? null);
        }
      }
      const backward = await g.gql(LIST, { connectionId, last: 3, orderBy: { field: capabilities.ticketSorts[0], direction: 'DESC' } });
      if (capabilities.backwardPagination) {
        expect(backward.errors, `${connectionId} last`).toBeUndefined();
        expect(backward.data?.tickets.edges.length).toBe(3);
        totals.push(backward.data?.tickets.totalCount ?? null);
      } else {
        expect(backward.errors?.[0]?.extensions?.['code'], `${connectionId} last`).toBe('CAPABILITY_UNSUPPORTED');
      }
      if (capabilities.totalCount) expect(totals.some((total) => total !== null), `${connectionId} claims totals`).toBe(true);
      else expect(totals.every((total) => total === null), `${connectionId} claims no totals`).toBe(true);
    }
  }, 60_000);
});
