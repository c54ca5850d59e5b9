import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecording } from '../../src/observability/tracing.js';
import type { SimLoggedRequest } from '../../src/simulators/sim-server.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

// Tracing is not started in this file: nothing is recorded, and the client's trace context is
// forwarded unchanged (tracing.test.ts covers the recording side).
const CLIENT_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace propagation without recording', () => {
  let gw: TestGateway;
  let simUrl: string;
  beforeAll(async () => {
    gw = await startTestGateway(['rest']);
    simUrl = gw.simulators.simulators[0]?.running.url ?? '';
  });
  afterAll(() => gw.close());

  const upstreamRequests = async (headers: Record<string, string>): Promise<SimLoggedRequest[]> => {
    await fetch(`${simUrl}/_sim/reset`, { method: 'POST' });
    const response = await gw.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}`, ...headers },
      body: JSON.stringify({ query: '{ tickets(connectionId: "acme-rest", first: 2) { edges { node { subject requester { name } } } } }' }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const logged = (await (await fetch(`${simUrl}/_sim/requests`)).json()) as SimLoggedRequest[];
    expect(logged.length).toBeGreaterThanOrEqual(1);
    return logged;
  };
  const upstreamTraceparents = async (headers: Record<string, string>): Promise<(string | undefined)[]> =>
    (await upstreamRequests(headers)).map((request) => request.traceparent);

  it('passes the client traceparent on to every upstream call, unchanged', async () => {
    expect(isRecording()).toBe(false);
    expect(new Set(await upstreamTraceparents({ traceparent: CLIENT_TRACEPARENT }))).toEqual(new Set([CLIENT_TRACEPARENT]));
  });

  it('passes its tracestate along with it', async () => {
    const logged = await upstreamRequests({ traceparent: CLIENT_TRACEPARENT, tracestate: 'vendor=abc,other=1' });
    expect(new Set(logged.map((request) => request.tracestate))).toEqual(new Set(['vendor=abc,other=1']));
  });

  it('sends none when the client sent none, or sent one that is not W3C', async () => {
    expect(new Set(await upstreamTraceparents({}))).toEqual(new Set([undefined]));
    for (const invalid of ['not-a-trace', `ff${CLIENT_TRACEPARENT.slice(2)}`, `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, `00-4bf92f3577b34da6a3ce929d0e0e4736-${'0'.repeat(16)}-01`]) {
      expect(new Set(await upstreamTraceparents({ traceparent: invalid }))).toEqual(new Set([undefined]));
    }
  });
});
