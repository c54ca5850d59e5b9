import type { Plugin } from 'graphql-yoga';
import { runInScope, type UpstreamScope } from '../connectors/http/scope.js';
import type { GatewayContext } from '../context.js';

const isPromise = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Closes the scope when the result is in; a streamed result keeps it until its deadline. */
const closeWhenDone = <T>(scope: UpstreamScope, result: T): T => {
  if (isPromise(result)) {
    return result.then(
      (value) => closeWhenDone(scope, value),
      (error: unknown) => {
        scope.close();
        throw error;
      },
    ) as T;
  }
  if (!(typeof result === 'object' && result !== null && Symbol.asyncIterator in result)) scope.close();
  return result;
};

/**
 * Runs each operation inside its request's upstream scope, so that every upstream call its resolvers
 * make (through loaders and connectors, however deep) is held to the request's deadline, signal and
 * budget without passing them along. The scope is closed (its deadline timer stopped) when the
 * result is in.
 */
export const useUpstreamScope = (): Plugin<GatewayContext> => ({
  onExecute: ({ args, executeFn, setExecuteFn }) => {
    const scope = args.contextValue.upstream;
    setExecuteFn((executionArgs) => closeWhenDone(scope, runInScope(scope, () => executeFn(executionArgs))));
  },
});
