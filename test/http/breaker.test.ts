import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from '../../src/connectors/http/breaker.js';
import type { HttpResponse } from '../../src/connectors/http/types.js';
import { GatewayError } from '../../src/domain/errors.js';

const ok: HttpResponse = { status: 200, headers: {}, body: {}, text: null };
const outage = () => new GatewayError('UPSTREAM_UNAVAILABLE', 'down', { upstreamStatus: 503 });

describe('circuit breaker', () => {
  it('opens after the threshold, probes once after openMs, and closes on a good probe', async () => {
    let now = 0;
    const breaker = createCircuitBreaker('c', { failureThreshold: 2, openMs: 1000 }, () => now);
    let calls = 0;
    let fail = true;
    const send = breaker.interceptor(async () => {
      calls++;
      if (fail) throw outage();
      return ok;
    });
    const request = { method: 'GET', path: '/x' } as const;
    await expect(send(request)).rejects.toThrow('down');
    expect(breaker.state()).toBe('closed');
    await expect(send(request)).rejects.toThrow('down');
    expect(breaker.state()).toBe('open');
    await expect(send(request)).rejects.toThrow('calls pause');
    expect(calls).toBe(2);

    now = 1000;
    expect(breaker.state()).toBe('half-open');
    // A failed probe opens it again for another openMs.
    await expect(send(request)).rejects.toThrow('down');
    expect(calls).toBe(3);
    expect(breaker.state()).toBe('open');

    now = 2000;
    fail = false;
    await expect(send(request)).resolves.toBe(ok);
    expect(breaker.state()).toBe('closed');
  });

  it('lets one probe through at a time and does not count refusals of bad requests', async () => {
    let now = 0;
    const breaker = createCircuitBreaker('c', { failureThreshold: 1, openMs: 10 }, () => now);
    let release: (() => void) | undefined;
    const send = breaker.interceptor(
      (request) =>
        new Promise<HttpResponse>((resolve, reject) => {
          if (request.path === '/missing') reject(new GatewayError('NOT_FOUND', 'no such record', { upstreamStatus: 404 }));
          else if (request.path === '/slow') release = () => resolve(ok);
          else reject(outage());
        }),
    );
    await expect(send({ method: 'GET', path: '/missing' })).rejects.toThrow('no such record');
    expect(breaker.state()).toBe('closed');
    await expect(send({ method: 'GET', path: '/down' })).rejects.toThrow('down');
    now = 10;
    const probe = send({ method: 'GET', path: '/slow' });
    await expect(send({ method: 'GET', path: '/slow' })).rejects.toThrow('calls pause');
    release?.();
    await expect(probe).resolves.toBe(ok);
    expect(breaker.state()).toBe('closed');
  });
});
