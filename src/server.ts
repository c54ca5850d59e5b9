import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createTokenVerifier } from './auth/tokens.js';
import type { GatewayConfig } from './config/load.js';
import { createUpstreamScope } from './connectors/http/scope.js';
import type { GatewayContext } from './context.js';
import { createLoaders } from './loaders/index.js';
import { useEventScope } from './plugins/event-scope.js';
import { useGraphiQLPage, type GraphiQLSettings } from './plugins/graphiql.js';
import { usePartialErrors } from './plugins/partial-errors.js';
import { useReadiness } from './plugins/readiness.js';
import { useSecurityHeaders } from './plugins/security-headers.js';
import { useUpstreamScope } from './plugins/upstream-scope.js';
import { useWebhookReceiver } from './plugins/webhooks.js';
import { armorPlugins } from './protection/armor.js';
import { principalOf, useAuthentication } from './protection/authenticate.js';
import { useBodyLimit } from './protection/body-limit.js';
import { useDocumentLimits } from './protection/document-limits.js';
import { useQueryCost } from './protection/query-cost.js';
import { useTokenRateLimit } from './protection/token-rate.js';
import { createRuntime } from './runtime.js';
import { buildSchema } from './schema/index.js';
import { createSharedState, type SharedState } from './state/shared-state.js';

export interface GatewayOptions {
  graphiql?: GraphiQLSettings;
  /** What replicas share. Default: Redis when `REDIS_URL` is set, else this process's memory. */
  state?: SharedState;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  /** Starts serving on `port`/`host` (defaults from the config) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, then closes every upstream pool. */
  close(): Promise<void>;
}

const ENDPOINT = '/graphql';

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
  const state = options.state ?? createSharedState();
  const runtime = createRuntime(config, state);
  const verify = createTokenVerifier(config.tokens, config.limits);
  const { limits, server: serverConfig } = config;
  /** What one request (or one subscription event) gets of its own: loaders, upstream scope, partial errors. */
  const requestScope = (signal: AbortSignal) => ({
    loaders: createLoaders(),
    upstream: createUpstreamScope({ signal, deadlineMs: limits.deadlineMs, maxUpstreamCalls: limits.maxUpstreamCalls }),
    partialErrors: [],
  });
  let ready = true;
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: ENDPOINT,
    landingPage: false,
    healthCheckEndpoint: '/health',
    graphiql: false,
    cors: corsOptions(serverConfig.corsOrigins),
    // The logger never sees tokens: requests are not logged, and errors are logged by their message.
    logging: process.env['DESKGRAPH_LOG'] === 'debug' ? 'debug' : 'warn',
    // In order: what answers without a token, then the token and its rate, then what bounds the body,
    // the document and the query, each before the next step would spend anything.
    plugins: [
      useSecurityHeaders(),
      useReadiness({ isReady: () => ready }),
      // Authenticated by their signatures, not by a token.
      useWebhookReceiver({
        events: runtime.events,
        maxBodyBytes: config.events.webhookMaxBodyBytes,
        toleranceMs: config.events.webhookToleranceSeconds * 1000,
      }),
      ...(serverConfig.graphiql ? [useGraphiQLPage(options.graphiql ?? {}, ENDPOINT)] : []),
      useAuthentication({ endpoint: ENDPOINT, verify }),
      useTokenRateLimit(state.rateLimits),
      useBodyLimit({ maxBytes: limits.maxBodyBytes, endpoint: ENDPOINT }),
      useDocumentLimits({ maxChars: limits.maxDocumentChars, maxDepth: limits.maxDepth }),
      ...armorPlugins({ ...limits, blockSuggestions: !serverConfig.introspection }),
      ...(serverConfig.introspection ? [] : [useDisableIntrospection()]),
      useQueryCost(),
      useUpstreamScope(),
      useEventScope((context) => ({ ...context, ...requestScope(context.request.signal) })),
      usePartialErrors(),
    ],
    context: ({ request }): GatewayContext => {
      const principal = principalOf(request);
      // useAuthentication answered 401 already; this only guards against a misordered plugin list.
      if (!principal) throw new Error('request reached execution without a principal');
      return { principal, runtime, ...requestScope(request.signal) };
    },
  });

  let server: Server | undefined;
  return {
    yoga,
    listen: (port = serverConfig.port, host = serverConfig.host) =>
      new Promise((resolve, reject) => {
        server = createServer(yoga);
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server?.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      }),
    close: async () => {
      ready = false;
      if (server) {
        const closing = server;
        await new Promise<void>((resolve) => {
          closing.close(() => resolve());
          closing.closeIdleConnections();
        });
      }
      await runtime.close();
      await state.close();
    },
  };
};
