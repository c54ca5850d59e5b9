import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, ListTicketsInput, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { StoredTicket } from '../../src/simulators/rest/dataset.js';
import { expectedIds, keepRandom } from '../support/dataset.js';
import { walkBackward, walkForward, type Lister } from '../support/walk.js';
import { startHarness, type RestHarness } from './support.js';

let h: RestHarness;
let connector: Connector;
beforeAll(async () => {
  // No request budget: these walks send thousands of requests.
  h = await startHarness({ rateLimits: {} });
  connector = h.connector();
});
afterAll(() => h.close());

const FILTERS: { filter: TicketFilter; matches: (ticket: StoredTicket) => boolean }[] = [
  { filter: {}, matches: () => true },
  { filter: { statuses: ['OPEN', 'PENDING'] }, matches: (t) => t.status === 'open' || t.status === 'pending' },
  { filter: { assigneeId: 'user_2' }, matches: (t) => t.assignee_id === 'user_2' },
];

/** Keeps `size` tickets of the fresh dataset, chosen by `seed`, and returns them. */
const trimDataset = async (size: number, seed: number): Promise<StoredTicket[]> => {
  await h.reset();
  return keepRandom(h.sim.dataset().tickets, size, seed);
};

const listing =
  (input: Omit<ListTicketsInput, 'page'>): Lister =>
  (page) =>
    connector.listTickets({ ...input, page });

const expectedOrder = (tickets: readonly StoredTicket[], matches: (t: StoredTicket) => boolean, sort: TicketSort): string[] =>
  expectedIds(tickets, matches, (t) => (sort.field === 'CREATED_AT' ? t.created_at : t.updated_at), sort.direction);

describe('rest connector pagination (property)', () => {
  it('walks forward and backward over any dataset size, page size, filter and sort with no gap and no duplicate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer(),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...FILTERS),
        fc.constantFrom<TicketSort['field']>('CREATED_AT', 'UPDATED_AT'),
        fc.constantFrom<TicketSort['direction']>('ASC', 'DESC'),
        async (datasetSize, seed, pageSize, { filter, matches }, field, direction) => {
          const tickets = await trimDataset(datasetSize, seed);
          const input = { filter, sort: { field, direction } };
          const expected = expectedOrder(tickets, matches, input.sort);
          expect(await walkForward(listing(input), pageSize, expected.length)).toEqual(expected);
          expect(await walkBackward(listing(input), pageSize, expected.length)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('walks both ways with every page size from 1 to 100', async () => {
    await h.reset();
    const tickets = [...h.sim.dataset().tickets.values()];
    const { filter, matches } = FILTERS[1] as (typeof FILTERS)[number];
    const input = { filter, sort: { field: 'UPDATED_AT', direction: 'DESC' } as const };
    const expected = expectedOrder(tickets, matches, input.sort);
    expect(expected.length).toBeGreaterThan(100);
    for (let size = 1; size <= 100; size++) {
      expect(await walkForward(listing(input), size, expected.length)).toEqual(expected);
      expect(await walkBackward(listing(input), size, expected.length)).toEqual(expected);
    }
  }, 60_000);
});
