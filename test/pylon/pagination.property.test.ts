import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import { pylonStateCategories, pylonStateToStatus } from '../../src/connectors/pylon/map.js';
import { WINDOW_MS } from '../../src/connectors/pylon/walk.js';
import { PYLON_ISSUE_STATUSES, type SimIssue } from '../../src/simulators/pylon/data.js';
import { startPylonSimulator, type PylonSimulator } from '../../src/simulators/pylon/index.js';
import { ordered, pylonConnector } from './support.js';

const DAY = 86_400_000;

/**
 * Walks whole listings page by page, with page sizes drawn from 1..100, over datasets spread across
 * 200 days (so every walk crosses several 30-day windows), and checks that forward and backward walks
 * both give exactly the dataset's order: no gap, no duplicate. Coarse `grainMs` puts many issues on
 * the same instant, so ties and window edges are exercised too.
 */
describe('Pylon listing pagination (property)', () => {
  let simulator: PylonSimulator;
  let connector: Connector;

  beforeAll(async () => {
    simulator = await startPylonSimulator({ createdAgoMs: [] });
    connector = pylonConnector(simulator);
  });
  afterAll(async () => {
    await connector.close();
    await simulator.close();
  });

  const walkForward = async (filter: TicketFilter, sort: TicketSort, sizes: readonly number[]): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | undefined;
    for (let page = 0; ; page++) {
      const first = sizes[page % sizes.length] as number;
      const result = await connector.listTickets({ filter, sort, page: after === undefined ? { first } : { first, after } });
      expect(result.edges.length).toBeLessThanOrEqual(first);
      expect(result.hasPreviousPage).toBe(after !== undefined);
      ids.push(...result.edges.map((edge) => edge.node.externalId));
      if (!result.hasNextPage) return ids;
      expect(result.edges.length).toBe(first);
      after = result.edges[result.edges.length - 1]?.cursor;
    }
  };

  const walkBackward = async (filter: TicketFilter, sort: TicketSort, sizes: readonly number[]): Promise<string[]> => {
    const ids: string[] = [];
    let before: string | undefined;
    for (let page = 0; ; page++) {
      const last = sizes[page % sizes.length] as number;
      const result = await connector.listTickets({ filter, sort, page: before === undefined ? { last } : { last, before } });
      expect(result.hasNextPage).toBe(before !== undefined);
      ids.unshift(...result.edges.map((edge) => edge.node.externalId));
      if (!result.hasPreviousPage) return ids;
      expect(result.edges.length).toBe(last);
      before = result.edges[0]?.cursor;
    }
  };

  const categories = pylonStateCategories(PYLON_ISSUE_STATUSES);
  const openOrPending = (issue: SimIssue): boolean => ['OPEN', 'PENDING'].includes(pylonStateToStatus(issue.state, categories).status);

  it('walks every window forward and backward without gaps or duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          // Ages anywhere in 200 days, or within 3 ms of a multiple of the window span: since windows
          // start at the previous page's last issue, those land right on window edges.
          ages: fc.array(
            fc.oneof(
              { arbitrary: fc.integer({ min: 0, max: 200 * DAY }), weight: 1 },
              {
                arbitrary: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 3 })).map(([k, d]) => Math.max(0, k * WINDOW_MS + d)),
                weight: 2,
              },
            ),
            { maxLength: 300, size: 'max' },
          ),
          grainMs: fc.constantFrom(1, 1, 1000, DAY),
          direction: fc.constantFrom('DESC' as const, 'ASC' as const),
          filtered: fc.boolean(),
          // Ages bounding createdAfter / createdBefore, when set.
          range: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 * DAY }), fc.integer({ min: 0, max: 200 * DAY }))),
          sizes: fc.array(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 8 }),
        }),
        async ({ seed, ages, grainMs, direction, filtered, range, sizes }) => {
          await simulator.reseed({ seed, createdAgoMs: ages, grainMs });
          const { now } = simulator.dataset();
          const sort: TicketSort = { field: 'CREATED_AT', direction };
          const [after, before] = range ? [now - Math.max(...range), now - Math.min(...range)] : [-Infinity, Infinity];
          const filter: TicketFilter = {
            ...(filtered ? { statuses: ['OPEN', 'PENDING'] } : {}),
            ...(range ? { createdAfter: new Date(after).toISOString(), createdBefore: new Date(before).toISOString() } : {}),
          };
          const issues = simulator.dataset().issues.filter((issue) => {
            const t = Date.parse(issue.created_at);
            return (!filtered || openOrPending(issue)) && t > after && t < before;
          });
          const expected = ordered(issues, sort).map((issue) => issue.id);

          expect(await walkForward(filter, sort, sizes)).toEqual(expected);
          expect(await walkBackward(filter, sort, sizes)).toEqual(expected);
        },
      ),
      { numRuns: 30, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true },
    );
  }, 60_000);
});
