import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Principal } from './auth/principal.js';
import { bearerSecret, createTokenVerifier } from './auth/tokens.js';
import type { GatewayConfig } from './config/load.js';
import type { GatewayContext } from './context.js';
import { createLoaders } from './loaders/index.js';
import { graphiqlOptions, type GraphiQLSettings } from './plugins/graphiql.js';
import { useReadiness } from './plugins/readiness.js';
import { usePartialErrors } from './plugins/partial-errors.js';
import { createRuntime } from './runtime.js';
import { buildSchema } from './schema/index.js';

export interface GatewayOptions {
  graphiql?: GraphiQLSettings;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  /** Starts serving on `port`/`host` (defaults from the config) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, then closes every upstream pool. */
  close(): Promise<void>;
}

const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });

export const createGateway = (config: GatewayConfig, options: GatewayOptions = {}): Gateway => {
  const runtime = createRuntime(config);
  const verify = createTokenVerifier(config.tokens);
  let ready = true;
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/health',
    ...(config.server.graphiql ? graphiqlOptions(options.graphiql ?? {}) : { graphiql: false }),
    // The logger never sees tokens: requests are not logged, and errors are logged by their message.
    logging: process.env['DESKGRAPH_LOG'] === 'debug' ? 'debug' : 'warn',
    plugins: [useReadiness({ isReady: () => ready }), usePartialErrors()],
    context: ({ request }): GatewayContext => {
      const secret = bearerSecret(request.headers.get('authorization'));
      if (secret === undefined) throw unauthenticated('send `Authorization: Bearer <token>`');
      const principal: Principal | undefined = verify(secret);
      if (!principal) throw unauthenticated('the bearer token is not valid');
      return { principal, runtime, loaders: createLoaders(), partialErrors: [] };
    },
  });

  let server: Server | undefined;
  return {
    yoga,
    listen: (port = config.server.port, host = config.server.host) =>
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
    },
  };
};
