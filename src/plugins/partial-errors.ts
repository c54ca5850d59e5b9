import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/**
 * One error per failing connection and code: within a request a connection that failed is not asked
 * again (src/connectors/http/failure-memo.ts), and every field that needed it fails with that same
 * failure, so the first report is kept and the repeats dropped.
 */
const dedupeUpstreamErrors = (errors: readonly GraphQLError[]): GraphQLError[] => {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const { connectionId, code } = error.extensions as GraphQLFormattedError['extensions'] & { connectionId?: unknown; code?: unknown };
    if (typeof connectionId !== 'string' || typeof code !== 'string') return true;
    const key = `${connectionId}\u0000${code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** `result` with the upstream failures its fields survived added to its `errors` (once per connection and code). */
export const withPartialErrors = <R extends ExecutionResult>(result: R, partialErrors: GatewayContext['partialErrors']): R => {
  const extra = partialErrors.map(({ error, path }) => new GraphQLError(error.message, { path, extensions: error.extensions }));
  const errors = [...(result.errors ?? []), ...extra];
  return errors.length === 0 ? result : { ...result, errors: dedupeUpstreamErrors(errors) };
};

/**
 * Adds the upstream failures a field survived (`context.partialErrors`) to the response's `errors`,
 * so a client sees both the data that arrived and which connection did not answer. (Subscriptions
 * add them per event: src/plugins/event-scope.ts.)
 */
export const usePartialErrors = (): Plugin<GatewayContext> => ({
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (Symbol.asyncIterator in result) return;
      const withPartial = withPartialErrors(result, args.contextValue.partialErrors);
      if (withPartial !== result) setResult(withPartial);
    },
  }),
});
