import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { HelpdeskStoredTicket } from '../../src/simulators/helpdesk/dataset.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { expectedIds, keepRandom } from '../support/dataset.js';
import { walkForward } from '../support/walk.js';
import { startHelpdeskHarness, type HelpdeskHarness } from './support.js';

let h: HelpdeskHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startHelpdeskHarness({ rateLimits: {}, pathPrefix: '/gw' });
  connector = h.connector();
});
afterAll(() => h.close());

const FILTERS: { filter: TicketFilter; matches: (ticket: HelpdeskStoredTicket) => boolean }[] = [
  { filter: {}, matches: () => true },
  { filter: { statuses: ['PENDING'] }, matches: (t) => t.status === 'pending' },
  { filter: { rawStatuses: ['open'], priorities: ['LOW'] }, matches: (t) => t.status === 'open' && t.priority === 'low' },
  // The requester filter reads the listing itself; a shared person, one of them stored in other case.
  { filter: { requesterId: PEOPLE[1]!.email }, matches: (t) => t.requesterEmail.toLowerCase() === PEOPLE[1]!.email },
  { filter: { requesterId: PEOPLE[3]!.email.toUpperCase() }, matches: (t) => t.requesterEmail.toLowerCase() === PEOPLE[3]!.email },
];

/** Keeps `size` tickets of the fresh dataset, chosen by `seed`. */
const trimDataset = async (size: number, seed: number): Promise<HelpdeskStoredTicket[]> => {
  await h.reset();
  return keepRandom(h.sim.dataset().tickets, size, seed);
};

const expectedOrder = (tickets: readonly HelpdeskStoredTicket[], matches: (t: HelpdeskStoredTicket) => boolean, sort: TicketSort): string[] =>
  expectedIds(tickets, matches, (t) => (sort.field === 'CREATED_AT' ? t.createdAt : t.updatedAt), sort.direction);

describe('helpdesk connector pagination (property)', () => {
  it('walks every list to its end in either order, any dataset, page size and filter, with no gap and no duplicate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 240 }),
        fc.integer(),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(...FILTERS),
        fc.constantFrom<TicketSort['field']>('CREATED_AT', 'UPDATED_AT'),
        fc.constantFrom<TicketSort['direction']>('ASC', 'DESC'),
        async (datasetSize, seed, pageSize, { filter, matches }, field, direction) => {
          const tickets = await trimDataset(datasetSize, seed);
          const sort = { field, direction };
          const walked = await walkForward((page) => connector.listTickets({ filter, sort, page }), pageSize, null);
          expect(walked).toEqual(expectedOrder(tickets, matches, sort));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('pages with every page size from 1 to 100', async () => {
    const tickets = await trimDataset(120, 7);
    const sort = { field: 'UPDATED_AT', direction: 'ASC' } as const;
    const expected = expectedOrder(tickets, () => true, sort);
    for (let size = 1; size <= 100; size++) {
      expect(await walkForward((page) => connector.listTickets({ filter: {}, sort, page }), size, null)).toEqual(expected);
    }
  }, 60_000);
});
