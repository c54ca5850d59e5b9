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

interface Attachment {
  externalId: string | null;
  name: string;
  contentType: string | null;
  size: number | null;
  url: string | null;
}

const ATTACHMENTS = `query($connectionId: ID!) {
  workspaces { helpdesks { connectionId capabilities { messageAttachments } } }
  tickets(connectionId: $connectionId, first: 12, orderBy: { field: CREATED_AT, direction: ASC }) {
    edges { node { messages(first: 2) { edges { node { attachments { externalId name contentType size url } } } } } }
  }
}`;

/** What each kind's upstream says of a file: the rest is null. */
const DESCRIBED: Record<string, (keyof Attachment)[]> = {
  zendesk: ['externalId', 'name', 'contentType', 'size', 'url'],
  pylon: ['name', 'url'],
  plain: ['externalId', 'name', 'contentType', 'size'],
};

describe('message attachments', () => {
  it.each(SIMULATOR_KINDS.map((kind) => kind.kind))('%s: attachments exactly where capabilities.messageAttachments says', async (kind) => {
    const result = await g.gql<{
      workspaces: { helpdesks: { connectionId: string; capabilities: { messageAttachments: boolean } }[] }[];
      tickets: { edges: { node: { messages: { edges: { node: { attachments: Attachment[] | null } }[] } } }[] };
    }>(ATTACHMENTS, { connectionId: `acme-${kind}` });
    const described = DESCRIBED[kind];
    const helpdesk = result.data?.workspaces[0]?.helpdesks.find((one) => one.connectionId === `acme-${kind}`);
    expect(helpdesk?.capabilities.messageAttachments).toBe(described !== undefined);
    // Seed 001's and 002's APIs have no conversations at all: their messages are refused, as such.
    if (kind === 'helpdesk' || kind === 'desk') {
      expect(new Set(result.errors?.map((error) => error.extensions?.['code']))).toEqual(new Set(['CAPABILITY_UNSUPPORTED']));
      return;
    }
    expect(result.errors).toBeUndefined();
    const lists = result.data?.tickets.edges.flatMap((ticket) => ticket.node.messages.edges.map((message) => message.node.attachments)) ?? [];
    expect(lists.length).toBeGreaterThan(0);
    if (!described) {
      expect(lists.every((list) => list === null)).toBe(true);
      return;
    }
    expect(lists.every((list) => Array.isArray(list))).toBe(true);
    const files = lists.flatMap((list) => list ?? []);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const key of Object.keys(file) as (keyof Attachment)[]) {
        if (described.includes(key)) expect(file[key], `${kind} ${key}`).not.toBeNull();
        else expect(file[key], `${kind} ${key}`).toBeNull();
      }
    }
  });
});
