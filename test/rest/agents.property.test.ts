import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import { expectedIds, keepRandom } from '../support/dataset.js';
import { walkBackward, walkForward, type Lister } from '../support/walk.js';
import { startHarness, type RestHarness } from './support.js';

let h: RestHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startHarness({ rateLimits: {} });
  connector = h.connector();
});
afterAll(() => h.close());

const agents: Lister = (page) => {
  if (!connector.listAgents) throw new Error('the rest connector lists agents');
  return connector.listAgents(page);
};

describe('rest agents listing (property)', () => {
  it('walks forward and backward over any number of users and any page size with no gap and no duplicate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), fc.integer(), fc.integer({ min: 1, max: 13 }), async (size, seed, pageSize) => {
        await h.reset();
        const users = keepRandom(h.sim.dataset().users, size, seed);
        const expected = expectedIds(users, () => true, (user) => user.created_at, 'ASC');
        expect(await walkForward(agents, pageSize, expected.length)).toEqual(expected);
        expect(await walkBackward(agents, pageSize, expected.length)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
