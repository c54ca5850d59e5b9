import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry for the process. Propagation is always on: a client's W3C `traceparent` is read from
 * each request and passed on to the upstreams it causes, so traces join up across deskgraph even when
 * it records nothing itself. Recording starts with `startTracing`: spans are exported over OTLP/HTTP
 * when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the exporter reads the standard `OTEL_EXPORTER_OTLP_*`
 * variables), or to the exporter given (tests); without either, no span is recorded, and the SDK
 * is not even loaded.
 *
 * Without recording, the async-context manager is not installed either: it costs a hook on every
 * promise, and there is no span to carry. The client's trace context then travels on the request's
 * upstream scope and goes out unchanged (src/plugins/tracing.ts, src/connectors/http/telemetry.ts).
 */

export const tracer = () => trace.getTracer('deskgraph');

let propagating = false;
let recording = false;

/** Installs the W3C propagator, once per process. */
export const installPropagation = (): void => {
  if (propagating) return;
  propagating = true;
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
};

/** Whether spans are recorded: decided by `startTracing`, read per request. */
export const isRecording = (): boolean => recording;

export interface Tracing {
  /** Whether spans are recorded and exported. */
  readonly enabled: boolean;
  /** Exports what is pending and stops recording. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Export to this instead of OTLP, span by span (an in-memory exporter in tests). */
  exporter?: SpanExporter;
}

export const startTracing = async (options: TracingOptions = {}): Promise<Tracing> => {
  installPropagation();
  const env = options.env ?? process.env;
  const endpoint = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] ?? env['OTEL_EXPORTER_OTLP_ENDPOINT'];
  if (!options.exporter && !endpoint) return { enabled: false, shutdown: async () => {} };

  const [{ BatchSpanProcessor, SimpleSpanProcessor }, { NodeTracerProvider }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
  ]);
  let processor: SpanProcessor;
  if (options.exporter) processor = new SimpleSpanProcessor(options.exporter);
  else processor = new BatchSpanProcessor(new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter());

  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env['OTEL_SERVICE_NAME'] ?? 'deskgraph' }),
    spanProcessors: [processor],
  });
  trace.setGlobalTracerProvider(provider);
  recording = true;
  return {
    enabled: true,
    shutdown: async () => {
      recording = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
    },
  };
};

/** W3C: version `ff` and all-zero trace or parent ids are invalid, and such a header is not passed on. */
const TRACEPARENT = /^(?!ff)[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
/** The W3C limit on `tracestate` is 32 entries; 512 characters keeps the forwarded header small. */
const MAX_TRACESTATE = 512;

/**
 * The client's W3C trace context, to be forwarded unchanged to the upstreams while nothing is
 * recorded (when spans are recorded, each upstream call's own span is the parent instead). Undefined
 * without a well-formed `traceparent`.
 */
export const clientTraceContext = (headers: Headers): Readonly<Record<string, string>> | undefined => {
  if (recording) return undefined;
  const traceparent = headers.get('traceparent')?.trim().toLowerCase();
  if (!traceparent || !TRACEPARENT.test(traceparent)) return undefined;
  const tracestate = headers.get('tracestate');
  return tracestate && tracestate.length <= MAX_TRACESTATE ? { traceparent, tracestate } : { traceparent };
};
