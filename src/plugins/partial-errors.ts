import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/**
 * Adds the upstream failures a field survived (`context.partialErrors`) to the response's `errors`,
 * so a client sees both the data that arrived and which connection did not answer.
 */
export const usePartialErrors = (): Plugin<GatewayContext> => ({
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      const { partialErrors } = args.contextValue;
      if (partialErrors.length === 0 || Symbol.asyncIterator in result) return;
      const extra = partialErrors.map(({ error, path }) => new GraphQLError(error.message, { path, extensions: error.extensions }));
      setResult({ ...result, errors: [...(result.errors ?? []), ...extra] });
    },
  }),
});
