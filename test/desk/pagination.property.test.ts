import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { PageRequest } from '../../src/pagination/page.js';
import type { DeskStoredTicket } from '../../src/simulators/desk/dataset.js';
import { seededRandom, type Random } from '../../src/simulators/random.js';
import { expectedIds, keepRandom } from '../support/dataset.js';
import { walkBackward, walkForward } from '../support/walk.js';
import { startDeskHarness, type DeskHarness } from './support.js';

let h: DeskHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startDeskHarness({ rateLimits: {} });
  connector = h.connector();
});
afterAll(() => h.close());

const FILTERS: { filter: TicketFilter; matches: (ticket: DeskStoredTicket) => boolean }[] = [
  { filter: {}, matches: () => true },
  // Active, plus the custom "Escalated to vendor", which maps to OPEN too.
  { filter: { statuses: ['OPEN', 'PENDING'] }, matches: (t) => [2, 3, 7].includes(t.status) },
  { filter: { assigneeId: '103' }, matches: (t) => t.agent === 103 },
  { filter: { priorities: ['URGENT'], channel: 'EMAIL' }, matches: (t) => t.priority === 4 && t.source === 1 },
  { filter: { createdAfter: '2025-02-10T00:00:00Z', search: 'card' }, matches: (t) => t.createdAt > '2025-02-10T00:00:00.000Z' && /card/i.test(t.subject + t.previewText) },
];

const trimDataset = async (size: number, seed: number): Promise<DeskStoredTicket[]> => {
  await h.reset();
  return keepRandom(h.sim.dataset().tickets, size, seed);
};

const sortKey = (ticket: DeskStoredTicket, sort: TicketSort): string => (sort.field === 'CREATED_AT' ? ticket.createdAt : ticket.updatedAt);

const expectedOrder = (tickets: readonly DeskStoredTicket[], matches: (t: DeskStoredTicket) => boolean, sort: TicketSort): string[] =>
  expectedIds(tickets, matches, (t) => sortKey(t, sort), sort.direction);

/** A new ticket somewhere in the list: a copy of a random one, often with the very same sort values (a tie). */
const insertTicket = (random: Random): void => {
  const stored = h.sim.dataset().tickets;
  const template = random.pick([...stored.values()]);
  const id = Math.max(...stored.keys()) + 1;
  const shift = random.chance(0.5) ? 0 : random.int(-40, 40) * 3_600_000;
  const moved = (iso: string) => new Date(Date.parse(iso) + shift).toISOString();
  stored.set(id, { ...template, id, tags: [...template.tags], createdAt: moved(template.createdAt), updatedAt: moved(template.updatedAt) });
};

/** At most this many tickets are added during a walk, so that it ends. */
const MAX_INSERTS = 30;

/** Walks to the end in one direction, adding tickets before each page after the first. */
const walkWithInserts = async (sort: TicketSort, size: number, backward: boolean, random: Random): Promise<string[]> => {
  const seen: string[] = [];
  let cursor: string | undefined;
  let inserted = 0;
  for (let pages = 0; pages < 500; pages++) {
    for (let n = pages > 0 ? random.int(0, 4) : 0; n > 0 && inserted < MAX_INSERTS; n--, inserted++) insertTicket(random);
    const request: PageRequest = backward ? { last: size, ...(cursor ? { before: cursor } : {}) } : { first: size, ...(cursor ? { after: cursor } : {}) };
    const page = await connector.listTickets({ filter: {}, sort, page: request });
    const ids = page.edges.map((edge) => edge.node.externalId);
    if (backward) seen.unshift(...ids);
    else seen.push(...ids);
    if (!(backward ? page.hasPreviousPage : page.hasNextPage)) return seen;
    cursor = backward ? page.edges[0]?.cursor : page.edges.at(-1)?.cursor;
  }
  throw new Error('no end');
};

const SORTS = fc.record({ field: fc.constantFrom<TicketSort['field']>('CREATED_AT', 'UPDATED_AT'), direction: fc.constantFrom<TicketSort['direction']>('ASC', 'DESC') });

describe('desk connector pagination (property)', () => {
  it('walks forward and backward over any dataset, page size, filter and sort with no gap and no duplicate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 260 }), fc.integer(), fc.integer({ min: 1, max: 100 }), fc.constantFrom(...FILTERS), SORTS, async (datasetSize, seed, pageSize, { filter, matches }, sort) => {
        const tickets = await trimDataset(datasetSize, seed);
        const expected = expectedOrder(tickets, matches, sort);
        const list = (page: PageRequest) => connector.listTickets({ filter, sort, page });
        expect(await walkForward(list, pageSize, expected.length)).toEqual(expected);
        expect(await walkBackward(list, pageSize, expected.length)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('never skips or repeats a ticket that existed before the walk while tickets are added between pages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 260 }), fc.integer(), fc.integer({ min: 3, max: 60 }), SORTS, fc.boolean(), async (datasetSize, seed, pageSize, sort, backward) => {
        const before = new Set((await trimDataset(datasetSize, seed)).map((ticket) => String(ticket.id)));
        const seen = await walkWithInserts(sort, pageSize, backward, seededRandom(seed));
        expect(new Set(seen).size).toBe(seen.length);
        const existing = seen.filter((id) => before.has(id));
        expect(existing).toHaveLength(before.size);
        // The tickets that were there keep their order among themselves.
        const after = h.sim.dataset().tickets;
        expect(existing).toEqual(expectedOrder([...after.values()].filter((t) => before.has(String(t.id))), () => true, sort));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
