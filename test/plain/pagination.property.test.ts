import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, ListTicketsInput, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { SimThread } from '../../src/simulators/plain/dataset.js';
import { seededRandom } from '../../src/simulators/random.js';
import { walkBackward, walkForward, type Lister } from '../support/walk.js';
import { startHarness, type PlainHarness } from './support.js';

/**
 * Plain's per-edge cursors pass through the connector unchanged: any edge's cursor continues right
 * after it (`after`) or right before it (`before`), with no gap and no duplicate, both ways.
 */

let h: PlainHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startHarness();
  connector = h.connector();
});
afterAll(() => h.close());

const FILTERS: { filter: TicketFilter; matches: (thread: SimThread) => boolean }[] = [
  { filter: {}, matches: () => true },
  {
    filter: { statuses: ['OPEN', 'ON_HOLD'] },
    matches: (t) => t.status === 'TODO' || (t.status === 'SNOOZED' && t.statusDetail !== 'ThreadStatusDetailWaitingForCustomer'),
  },
  { filter: { priorities: ['NORMAL'] }, matches: (t) => t.priority === 2 },
];

/** Keeps `size` threads of the fresh dataset, chosen by `seed`, and returns them. */
const trimDataset = async (size: number, seed: number): Promise<SimThread[]> => {
  await h.reset();
  const threads = h.sim.dataset().threads;
  const random = seededRandom(seed);
  const dropped = new Set(
    threads
      .map((thread) => ({ id: thread.id, key: random.next() }))
      .sort((a, b) => a.key - b.key)
      .slice(size)
      .map(({ id }) => id),
  );
  const kept = threads.filter((thread) => !dropped.has(thread.id));
  threads.splice(0, threads.length, ...kept);
  return kept;
};

/** Plain orders by the sort field, then by id, both in the sort's direction. */
const expectedOrder = (threads: readonly SimThread[], keep: (t: SimThread) => boolean, sort: TicketSort): string[] => {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const key = (t: SimThread) => `${t.createdAt}|${t.id}`;
  return threads
    .filter(keep)
    .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((thread) => thread.id);
};

const tickets =
  (input: Omit<ListTicketsInput, 'page'>): Lister =>
  (page) =>
    connector.listTickets({ ...input, page });

describe('plain connector pagination (property)', () => {
  it('walks forward and backward over any dataset size, page size, filter and direction with no gap and no duplicate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer(),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...FILTERS),
        fc.constantFrom<TicketSort['direction']>('ASC', 'DESC'),
        async (datasetSize, seed, pageSize, { filter, matches }, direction) => {
          const threads = await trimDataset(datasetSize, seed);
          const input = { filter, sort: { field: 'CREATED_AT', direction } as const };
          const expected = expectedOrder(threads, matches, input.sort);
          expect(await walkForward(tickets(input), pageSize, expected.length)).toEqual(expected);
          expect(await walkBackward(tickets(input), pageSize, expected.length)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);

  it('walks both ways with every page size from 1 to 100', async () => {
    await h.reset();
    const { filter, matches } = FILTERS[1] as (typeof FILTERS)[number];
    const input = { filter, sort: { field: 'CREATED_AT', direction: 'DESC' } as const };
    const expected = expectedOrder(h.sim.dataset().threads, matches, input.sort);
    expect(expected.length).toBeGreaterThan(100);
    for (let size = 1; size <= 100; size++) {
      expect(await walkForward(tickets(input), size, expected.length)).toEqual(expected);
      expect(await walkBackward(tickets(input), size, expected.length)).toEqual(expected);
    }
  }, 60_000);

  it("walks a thread's timeline both ways from any edge with any page size", async () => {
    await h.reset();
    const thread = h.sim.dataset().threads[0];
    const expected = (h.sim.dataset().timelines.get(thread?.id ?? '') ?? []).map((entry) => entry.id);
    expect(expected.length).toBeGreaterThan(40);
    const messages: Lister = (page) => connector.listMessages(thread?.id ?? '', page);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), fc.nat({ max: expected.length - 1 }), async (size, from) => {
        expect(await walkForward(messages, size, null)).toEqual(expected);
        expect(await walkBackward(messages, size, null)).toEqual(expected);
        // From any edge: `after` its cursor continues right after it, `before` ends right before it.
        const page = await connector.listMessages(thread?.id ?? '', { first: 100 });
        const cursor = page.edges[from]?.cursor;
        const after = await connector.listMessages(thread?.id ?? '', { first: size, after: cursor });
        expect(after.edges.map((edge) => edge.node.externalId)).toEqual(expected.slice(from + 1, from + 1 + size));
        const before = await connector.listMessages(thread?.id ?? '', { last: size, before: cursor });
        expect(before.edges.map((edge) => edge.node.externalId)).toEqual(expected.slice(Math.max(0, from - size), from));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
