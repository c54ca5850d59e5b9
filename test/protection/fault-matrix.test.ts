import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFaults } from '../../src/simulators/sim-server.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * Every connector kind under every upstream fault: the answer comes within the deadline, with the
 * other connections' tickets and one typed error for the failing one, and nothing escapes as an
 * unhandled rejection. A fault that clears on retry leaves no trace at all.
 */

const KINDS = SIMULATOR_KINDS.map((kind) => kind.kind);
const DEADLINE_MS = 2000;
/** Each connection's newest tickets, and the workspace's merged list over all of them. */
const QUERY = `{
  ${KINDS.map((kind) => `${kind}: tickets(connectionId: "acme-${kind}", first: 3) { edges { node { subject } } }`).join('\n  ')}
  merged: tickets(first: 10) { edges { node { subject } } }
}`;

const FAULTS: { name: string; faults: Partial<SimFaults>; code: string | null }[] = [
  { name: '429 with a Retry-After past the wait allowed', faults: { rateLimitBurst: { count: 1000, retryAfterSeconds: 60 } }, code: 'UPSTREAM_RATE_LIMITED' },
  { name: '429 with a short Retry-After, then OK', faults: { rateLimitBurst: { count: 1, retryAfterSeconds: 0 } }, code: null },
  { name: '500', faults: { errorStatus: 500 }, code: 'UPSTREAM_UNAVAILABLE' },
  { name: '503 twice, then OK', faults: { errorStatus: 503, times: 2 }, code: null },
  { name: 'a hang past the deadline', faults: { hang: true }, code: 'UPSTREAM_TIMEOUT' },
  { name: 'a connection reset', faults: { reset: true }, code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'malformed JSON', faults: { malformed: true }, code: 'UPSTREAM_BAD_RESPONSE' },
  { name: 'a body that breaks the wire schema', faults: { breakSchema: true }, code: 'UPSTREAM_BAD_RESPONSE' },
];

let g: TestGateway;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // The breaker is tested on its own; here every fault must reach the connector as it is.
  g = await startTestGateway(KINDS, {
    limits: { deadlineMs: DEADLINE_MS },
    timeoutMs: 1500,
    connection: { breaker: { failureThreshold: 1000, openMs: 100 } },
  });
});
afterAll(async () => {
  await g.close();
  process.off('unhandledRejection', onUnhandled);
});

describe.each(KINDS)('%s under faults', (kind) => {
  it.each(FAULTS)('$name', async ({ faults, code }) => {
    await g.control(kind, 'faults', faults);
    try {
      const started = performance.now();
      const result = await g.gql(QUERY);
      const elapsed = performance.now() - started;
      expect(result.status).toBe(200);
      // Bounded by the deadline, not by the fault (a 60 s Retry-After, a hang); the slack is for a loaded CI machine.
      expect(elapsed).toBeLessThan(DEADLINE_MS * 2);
      for (const other of KINDS.filter((k) => k !== kind)) expect(result.data?.[other]?.edges).toHaveLength(3);
      expect(result.data?.merged.edges).toHaveLength(10);
      if (code === null) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.[kind]?.edges).toHaveLength(3);
      } else {
        // One error for the connection, though two fields needed it.
        expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['connectionId']])).toEqual([[code, `acme-${kind}`]]);
        expect(result.data?.[kind]).toBeNull();
      }
    } finally {
      await g.control(kind, 'reset');
    }
    expect(unhandled).toEqual([]);
  });
});
