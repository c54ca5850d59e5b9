import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createTokenVerifier } from './auth/tokens.js';
import type { GatewayConfig } from './config/load.js';
import { createUpstreamScope } from './connectors/http/scope.js';
import type { GatewayContext } from './context.js';
import { createLoaders } from './loaders/index.js';
import { log } from './observability/log.js';
import { startMetricsServer, type MetricsServer } from './observability/metrics-server.js';
import { clientTraceContext, installPropagation } from './observability/tracing.js';
import { useCompiledExecution } from './plugins/compiled-execution.js';
import { useDocumentCache } from './plugins/document-cache.js';
import { useEventScope } from './plugins/event-scope.js';
import { useGraphiQLPage, type GraphiQLSettings } from './plugins/graphiql.js';
import { useInboxPage, type InboxSettings } from './plugins/inbox.js';
import { useGraphQLMetrics } from './plugins/metrics.js';
import { useMetricsEndpoint } from './plugins/metrics-endpoint.js';
import { usePartialErrors } from './plugins/partial-errors.js';
import { useReadiness } from './plugins/readiness.js';
import { useRequestFacts } from './plugins/request-facts.js';
import { useRequestId } from './plugins/request-id.js';
import { useRequestLog } from './plugins/request-log.js';
import { useSecurityHeaders } from './plugins/security-headers.js';
import { useTracing } from './plugins/tracing.js';
import { useUpstreamScope } from './plugins/upstream-scope.js';
import { useWebhookReceiver } from './plugins/webhooks.js';
import { armorPlugins } from './protection/armor.js';
import { principalOf, useAuthentication } from './protection/authenticate.js';
import { useBodyLimit } from './protection/body-limit.js';
import { useDocumentLimits } from './protection/document-limits.js';
import { useQueryCost } from './protection/query-cost.js';
import { useTokenRateLimit } from './protection/token-rate.js';
import { createRuntime, type GatewayRuntime } from './runtime.js';
import { buildSchema } from './schema/index.js';
import { cacheMaxBytes, createSharedState, type SharedState } from './state/shared-state.js';

export interface GatewayOptions {
  graphiql?: GraphiQLSettings;
  /** Serve the inbox frontend (examples/inbox) at /inbox; off by default (the demo turns it on). */
  inbox?: InboxSettings;
  /** What replicas share. Default: Redis when `REDIS_URL` is set, else this process's memory. */
  state?: SharedState;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  /** Starts serving on `port`/`host` (defaults from the config) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** `http://host:port` of the metrics' own port (`server.metrics.port`), once listening. */
  metricsUrl(): string | undefined;
  /** Aborted when shutdown begins: long-lived responses (subscriptions) end and tell clients to reconnect. */
  readonly stopping: AbortSignal;
  /**
   * Graceful stop: `/ready` answers 503, requests in flight get up to `server.drainTimeoutMs` to
   * finish (new ones are still answered meanwhile, while load balancers catch up), then `close`.
   */
  shutdown(): Promise<void>;
  /** Stops accepting requests, then closes every upstream pool and the shared state. */
  close(): Promise<void>;
  /**
   * Applies a new config's tokens, workspaces and connections to requests from now on; requests
   * already running finish on the old ones, whose pools close after a deadline. `server` and the
   * request-shape `limits` stay as they were started: the answer lists them when they changed.
   */
  reload(config: GatewayConfig): { restartNeeded: string[] };
}

const ENDPOINT = '/graphql';

/** Limits built into the plugins at start; the others are read per request, so a reload changes them. */
const FIXED_LIMITS = ['maxBodyBytes', 'maxDocumentChars', 'maxTokens', 'maxDepth', 'maxAliases', 'maxDirectives'] as const;

const corsOptions = (origins: readonly string[]) =>
  origins.length === 0
    ? false
    : {
        origin: [...origins],
        // Tokens travel in the Authorization header; the API never needs cookies.
        credentials: false,
        methods: ['GET', 'POST'],
        allowedHeaders: ['authorization', 'content-type', 'accept'],
        maxAge: 600,
      };

export const createGateway = (config: GatewayConfig, options: GatewayOptions = {}): Gateway => {
  installPropagation();
  const state = options.state ?? createSharedState(process.env, { cacheMaxBytes: cacheMaxBytes(config.cache) });
  const { limits, server: serverConfig } = config;
  let ready = true;
  const stopping = new AbortController();
  // What SIGHUP may replace; each request keeps the generation it started with.
  let current = { config, runtime: createRuntime(config, state), verify: createTokenVerifier(config.tokens, config.limits) };
  const retired = new Set<GatewayRuntime>();
  /** What one request (or one subscription event) gets of its own: loaders, upstream scope, partial errors. */
  const requestScope = (request: Request, requestLimits: GatewayConfig['limits']) => ({
    loaders: createLoaders(),
    upstream: createUpstreamScope({
      signal: request.signal,
      deadlineMs: requestLimits.deadlineMs,
      maxUpstreamCalls: requestLimits.maxUpstreamCalls,
      traceContext: clientTraceContext(request.headers),
    }),
    partialErrors: [],
    stopping: stopping.signal,
  });
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: ENDPOINT,
    landingPage: false,
    healthCheckEndpoint: '/health',
    // useBodyLimit bounds bodies (declared and read) at `limits.maxBodyBytes`; yoga's own 25 MB check
    // would pipe every body through a second stream to count it again.
    maxRequestBodySize: false,
    // useDocumentCache (last below) caches parsed and validated documents instead, without timers.
    parserAndValidationCache: false,
    graphiql: false,
    cors: corsOptions(serverConfig.corsOrigins),
    // The logger never sees tokens: requests are not logged, and errors are logged by their message.
    logging: process.env['DESKGRAPH_LOG'] === 'debug' ? 'debug' : 'warn',
    // In order: telemetry first (it sees every request, refused or not), then what answers without a
    // token, then the token and its rate, then what bounds the body, the document and the query, each
    // before the next step would spend anything.
    plugins: [
      // First: the plugins after it (tracing, upstream scope) wrap whichever executor it picks.
      useCompiledExecution({ compileAfter: serverConfig.compileQueriesAfter }),
      useRequestId(),
      useRequestFacts(ENDPOINT),
      useGraphQLMetrics(ENDPOINT),
      useTracing(ENDPOINT),
      useRequestLog(),
      useSecurityHeaders(),
      useReadiness({ isReady: () => ready }),
      ...(serverConfig.metrics?.token && serverConfig.metrics.port === undefined ? [useMetricsEndpoint({ token: serverConfig.metrics.token })] : []),
      // Authenticated by their signatures, not by a token.
      useWebhookReceiver({
        events: () => current.runtime.events,
        maxBodyBytes: config.events.webhookMaxBodyBytes,
        toleranceMs: config.events.webhookToleranceSeconds * 1000,
      }),
      ...(serverConfig.graphiql ? [useGraphiQLPage(options.graphiql ?? {}, ENDPOINT)] : []),
      ...(options.inbox ? [useInboxPage(options.inbox)] : []),
      useAuthentication({ endpoint: ENDPOINT, verify: (secret) => current.verify(secret) }),
      useTokenRateLimit(state.rateLimits),
      useBodyLimit({ maxBytes: limits.maxBodyBytes, endpoint: ENDPOINT }),
      useDocumentLimits({ maxChars: limits.maxDocumentChars, maxDepth: limits.maxDepth }),
      ...armorPlugins({ ...limits, blockSuggestions: !serverConfig.introspection }),
      ...(serverConfig.introspection ? [] : [useDisableIntrospection()]),
      useQueryCost(),
      useUpstreamScope(),
      useEventScope((context) => ({ ...context, ...requestScope(context.request, current.config.limits) })),
      usePartialErrors(),
      // Last, where yoga puts its own cache: the checks above see every query string first.
      useDocumentCache(),
    ],
    context: ({ request }): GatewayContext => {
      const principal = principalOf(request);
      // useAuthentication answered 401 already; this only guards against a misordered plugin list.
      if (!principal) throw new Error('request reached execution without a principal');
      const { runtime, config: generation } = current;
      return { principal, runtime, ...requestScope(request, generation.limits) };
    },
  });

  let server: Server | undefined;
  let metricsServer: MetricsServer | undefined;
  // HTTP requests being answered, counted at the socket so that streamed responses count until they end.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;

  const close = async (): Promise<void> => {
    ready = false;
    stopping.abort();
    if (server) {
      const closing = server;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeIdleConnections();
      });
    }
    await metricsServer?.close();
    await Promise.all([current.runtime, ...retired].map((runtime) => runtime.close()));
    await state.close();
  };

  return {
    yoga,
    stopping: stopping.signal,
    listen: async (port = serverConfig.port, host = serverConfig.host) => {
      const metrics = serverConfig.metrics;
      if (metrics?.port !== undefined) metricsServer = await startMetricsServer({ host: metrics.host, port: metrics.port, token: metrics.token });
      const listening = createServer((request, response) => {
        inFlight++;
        response.once('close', () => {
          if (--inFlight === 0) onIdle?.();
        });
        void yoga(request, response);
      });
      server = listening;
      return new Promise((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, host, () => {
          const address = listening.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      });
    },
    metricsUrl: () => metricsServer?.url,
    shutdown: async () => {
      ready = false;
      stopping.abort();
      if (inFlight > 0) {
        log.info('shutting down: waiting for requests in flight', { inFlight, drainTimeoutMs: serverConfig.drainTimeoutMs });
        const idle = new Promise<void>((resolve) => (onIdle = resolve));
        await Promise.race([idle, sleep(serverConfig.drainTimeoutMs, undefined, { ref: false })]);
        if (inFlight > 0) log.warn('shutting down: drain timeout passed with requests in flight', { inFlight });
      }
      server?.closeAllConnections();
      await close();
    },
    close,
    reload: (next) => {
      const previous = current;
      current = { config: next, runtime: createRuntime(next, state), verify: createTokenVerifier(next.tokens, next.limits) };
      // Requests that started on the old connections finish within their deadline; then their pools go.
      retired.add(previous.runtime);
      setTimeout(() => {
        retired.delete(previous.runtime);
        void previous.runtime.close();
      }, previous.config.limits.deadlineMs + 1000).unref();
      const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
      return {
        restartNeeded: [
          ...(changed(next.server, config.server) ? ['server'] : []),
          ...FIXED_LIMITS.filter((key) => next.limits[key] !== config.limits[key]).map((key) => `limits.${key}`),
        ],
      };
    },
  };
};
