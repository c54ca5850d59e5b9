import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { GatewayError } from '../domain/errors.js';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

/**
 * GatewayErrors reach the client with their code, connection and upstream status; anything else is
 * masked as "Unexpected error." (yoga's default), so stack traces and internals never leak.
 */
export const maskGatewayErrors: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GatewayError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: original.extensions,
    });
  }
  return yogaMaskError(error, message, isDev);
};
