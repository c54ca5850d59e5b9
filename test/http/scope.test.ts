import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortedError, createUpstreamScope } from '../../src/connectors/http/scope.js';

/** The request scope's signal: made on first use, aborted by the deadline or the client, and closed with the request. */
describe('upstream scope', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('arms no timer for a request that never calls upstream', () => {
    const scope = createUpstreamScope({ deadlineMs: 1000, maxUpstreamCalls: 10 });
    expect(vi.getTimerCount()).toBe(0);
    scope.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aborts at the deadline, counted from the request’s start, and says it timed out', () => {
    const scope = createUpstreamScope({ deadlineMs: 1000, maxUpstreamCalls: 10 });
    vi.advanceTimersByTime(600);
    // First used 600 ms in: 400 ms are left.
    const { signal } = scope;
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(399);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(scope.timedOut).toBe(true);
    expect(abortedError('c1', scope).code).toBe('UPSTREAM_TIMEOUT');
  });

  it('aborts when the client leaves, and says the client went away', () => {
    const client = new AbortController();
    const scope = createUpstreamScope({ signal: client.signal, deadlineMs: 1000, maxUpstreamCalls: 10 });
    const { signal } = scope;
    client.abort();
    expect(signal.aborted).toBe(true);
    expect(scope.timedOut).toBe(false);
    expect(abortedError('c1', scope).code).toBe('REQUEST_CANCELLED');
  });

  it('is aborted from the start when the client left before the first call', () => {
    const client = new AbortController();
    const scope = createUpstreamScope({ signal: client.signal, deadlineMs: 1000, maxUpstreamCalls: 10 });
    client.abort();
    expect(scope.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('once closed, holds no timer and no longer follows the client', () => {
    const client = new AbortController();
    const scope = createUpstreamScope({ signal: client.signal, deadlineMs: 1000, maxUpstreamCalls: 10 });
    const { signal } = scope;
    expect(vi.getTimerCount()).toBe(1);
    scope.close();
    expect(vi.getTimerCount()).toBe(0);
    client.abort();
    vi.advanceTimersByTime(2000);
    expect(signal.aborted).toBe(false);
    expect(scope.timedOut).toBe(false);
  });
});
