import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span, type TextMapGetter } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import { isRecording, tracer } from '../observability/tracing.js';
import { factsOf } from './request-facts.js';
import { requestIdOf } from './request-id.js';

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

const spans = new WeakMap<Request, { span: Span; context: Context }>();

/**
 * One span per GraphQL request, named after its operation (`query RecentTickets`), child of the
 * client's W3C `traceparent` when it sends one. Execution runs in its context, so every upstream call
 * span (src/connectors/http/telemetry.ts) is its child and carries the trace on to the upstream.
 * Runs after `useRequestFacts` and `useRequestId`, whose facts become the span's attributes. While
 * no span is recorded (no exporter configured), it does nothing.
 */
export const useTracing = (endpoint: string): Plugin => {
  /** Names the span after its operation and gives back the context to run it in. */
  const operationContext = (request: Request): Context | undefined => {
    const traced = spans.get(request);
    const facts = factsOf(request);
    if (traced && facts?.type) traced.span.updateName(`${facts.type}${facts.operation ? ` ${facts.operation}` : ''}`);
    return traced?.context;
  };
  return {
    onRequest: ({ request, url }) => {
      // Not recording: nothing to do here; the client's trace context reaches the upstreams through the request's scope.
      if (url.pathname !== endpoint || !isRecording()) return;
      const parent = propagation.extract(context.active(), request.headers, headerGetter);
      const span = tracer().startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': url.pathname } }, parent);
      spans.set(request, { span, context: trace.setSpan(parent, span) });
    },
    onExecute: ({ args, executeFn, setExecuteFn }) => {
      const within = operationContext(args.contextValue.request);
      if (within) setExecuteFn((executionArgs) => context.with(within, () => executeFn(executionArgs)));
    },
    onSubscribe: ({ args, subscribeFn, setSubscribeFn }) => {
      const within = operationContext(args.contextValue.request);
      if (within) setSubscribeFn((subscribeArgs) => context.with(within, () => subscribeFn(subscribeArgs)));
    },
    onResponse: ({ request, response }) => {
      const traced = spans.get(request);
      if (!traced) return;
      const { span } = traced;
      const facts = factsOf(request);
      span.setAttributes({
        'http.response.status_code': response.status,
        'deskgraph.request_id': requestIdOf(request) ?? '',
        ...(facts?.operation ? { 'graphql.operation.name': facts.operation } : {}),
        ...(facts?.type ? { 'graphql.operation.type': facts.type } : {}),
        ...(facts?.outcome ? { 'deskgraph.outcome': facts.outcome } : {}),
        ...(facts && facts.codes.length > 0 ? { 'deskgraph.error_codes': [...new Set(facts.codes)] } : {}),
      });
      if (facts?.outcome === 'error' || facts?.outcome === 'rejected' || response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
};
