import type { Plugin } from 'graphql-yoga';
import { runInScope } from '../connectors/http/scope.js';
import type { GatewayContext } from '../context.js';

/**
 * Runs each operation inside its request's upstream scope, so that every upstream call its resolvers
 * make (through loaders and connectors, however deep) is held to the request's deadline, signal and
 * budget without passing them along.
 */
export const useUpstreamScope = (): Plugin<GatewayContext> => ({
  onExecute: ({ args, executeFn, setExecuteFn }) => {
    const scope = args.contextValue.upstream;
    setExecuteFn((executionArgs) => runInScope(scope, () => executeFn(executionArgs)));
  },
});
