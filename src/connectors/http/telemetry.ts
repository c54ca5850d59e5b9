import { performance } from 'node:perf_hooks';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { GatewayError } from '../../domain/errors.js';
import {
  boundedLabel,
  registerConnectionGauges,
  type ConnectionGauges,
  upstreamDuration,
  upstreamInFlight,
  upstreamRateLimited,
  upstreamRequests,
  upstreamRetries,
} from '../../observability/metrics.js';
import { routeTemplate } from '../../observability/route-template.js';
import { isRecording, tracer } from '../../observability/tracing.js';
import { currentScope, type UpstreamScope } from './scope.js';
import type { HttpRequest, HttpResponse, Interceptor } from './types.js';

/**
 * What upstream calls tell operators: a span per call (connection, kind, route template, status,
 * with an event per retry), metrics per HTTP request sent (count by status, latency, in flight,
 * 429s, retries), and a short record per request for its log line. Each HTTP request carries the
 * W3C trace context: its call's span when spans are recorded, else the client's own, unchanged.
 */

export interface TelemetryOptions {
  connectionId: string;
  kind: string;
  /** The connection's circuit state, reported while the connection is open. */
  circuit: ConnectionGauges['circuit'];
}

/** One upstream HTTP request, as the request's log line lists it. */
export interface UpstreamCallRecord {
  connection: string;
  route: string;
  status: string;
  ms: number;
}

/** A request's log line lists at most this many calls (and counts them all). */
const MAX_RECORDED_CALLS = 50;
/** Distinct route templates per connection; a connector has far fewer, so this only guards the labels. */
const MAX_ROUTES = 200;

const records = new WeakMap<UpstreamScope, { calls: UpstreamCallRecord[]; total: number }>();

/** The upstream calls the request of `scope` made so far (the first 50) and how many in all. */
export const upstreamCallsOf = (scope: UpstreamScope): { calls: readonly UpstreamCallRecord[]; total: number } =>
  records.get(scope) ?? { calls: [], total: 0 };

const remember = (record: UpstreamCallRecord): void => {
  const scope = currentScope();
  if (!scope) return;
  let entry = records.get(scope);
  if (!entry) {
    entry = { calls: [], total: 0 };
    records.set(scope, entry);
  }
  entry.total++;
  if (entry.calls.length < MAX_RECORDED_CALLS) entry.calls.push(record);
};

/** The status label of a request that got no HTTP answer. */
const failureStatus = (error: unknown): string => {
  if (error instanceof GatewayError) {
    if (error.code === 'UPSTREAM_TIMEOUT') return 'timeout';
    if (error.code === 'REQUEST_CANCELLED') return 'cancelled';
  }
  return 'unreachable';
};

/** The upstream call in progress: its span (when recording), and its attempts so far (to tell a retry from a first try). */
interface CallState {
  span: Span | undefined;
  attempts: number;
}

/** Keyed by the request object `call` hands inward, which every interceptor passes on as it is. */
const callStates = new WeakMap<HttpRequest, CallState>();

/** The trace headers one HTTP request of a call goes out with. */
const traceHeaders = (state: CallState | undefined): Readonly<Record<string, string>> | undefined => {
  if (!state?.span) return currentScope()?.traceContext;
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), state.span), carrier);
  return carrier;
};

/**
 * Two interceptors for one connection: `call` wraps a whole upstream call (retries, budget waits and
 * queueing included) in its span; `attempt`, innermost, measures each HTTP request the call sends.
 * The connection's gauges are reported until `close`.
 */
export const upstreamTelemetry = (options: TelemetryOptions): { call: Interceptor; attempt: Interceptor; close(): void } => {
  const connection = options.connectionId;
  const boundRoute = boundedLabel(MAX_ROUTES, /^[A-Z]+ \//);
  const routeOf = (method: string, path: string): string => boundRoute(routeTemplate(method, path), 'other');

  const call: Interceptor = (next) => async (request) => {
    // A request object of this call's own, so that concurrent calls with one shared object stay apart.
    const own: HttpRequest = { ...request };
    if (!isRecording()) {
      callStates.set(own, { span: undefined, attempts: 0 });
      return next(own);
    }
    const route = routeOf(request.method, request.path);
    const span = tracer().startSpan(route, {
      kind: SpanKind.CLIENT,
      attributes: {
        'deskgraph.connection': connection,
        'deskgraph.connection.kind': options.kind,
        'http.request.method': request.method,
        'http.route': route,
      },
    });
    try {
      callStates.set(own, { span, attempts: 0 });
      const response = await context.with(trace.setSpan(context.active(), span), () => next(own));
      span.setAttribute('http.response.status_code', response.status);
      return response;
    } catch (error) {
      if (error instanceof GatewayError) {
        span.setAttribute('deskgraph.error.code', error.code);
        if (error.upstreamStatus !== undefined) span.setAttribute('http.response.status_code', error.upstreamStatus);
      }
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof GatewayError ? error.code : 'error' });
      throw error;
    } finally {
      span.end();
    }
  };

  const attempt: Interceptor = (next) => async (request) => {
    const route = routeOf(request.method, request.path);
    const state = callStates.get(request);
    const attemptNo = state ? ++state.attempts : 1;
    if (attemptNo > 1) {
      upstreamRetries.inc({ connection });
      state?.span?.addEvent('retry', { attempt: attemptNo });
    }
    const started = performance.now();
    upstreamInFlight.inc({ connection });
    let status = 'unreachable';
    try {
      const headers = traceHeaders(state);
      const response: HttpResponse = await next(headers ? { ...request, headers } : request);
      status = String(response.status);
      if (response.status === 429) {
        upstreamRateLimited.inc({ connection });
        state?.span?.addEvent('rate-limited', { attempt: attemptNo });
      }
      return response;
    } catch (error) {
      status = failureStatus(error);
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      upstreamInFlight.dec({ connection });
      upstreamRequests.inc({ connection, kind: options.kind, route, status });
      upstreamDuration.observe({ connection, kind: options.kind, route }, seconds);
      remember({ connection, route, status, ms: Math.round(seconds * 1000) });
    }
  };

  const close = registerConnectionGauges({ connection, circuit: options.circuit });
  return { call, attempt, close };
};
