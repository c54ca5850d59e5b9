import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { runInScope } from '../connectors/http/scope.js';
import type { GatewayContext } from '../context.js';
import { withPartialErrors } from './partial-errors.js';

/**
 * Resolves each event of a subscription as a request of its own: fresh loaders (a ticket read for one
 * event is not served stale to the next), its own upstream scope (deadline, call budget, failures),
 * and its own partial errors. graphql-js would run every event with the subscription's one context,
 * whose deadline passes seconds after it starts; this runs graphql's own two steps (the source
 * stream, then `execute` per event) with a context per event.
 */
export const useEventScope = (
  /** The subscription's context with a new request scope, for one event. */
  perEvent: (context: GatewayContext & YogaInitialContext) => GatewayContext,
): Plugin<GatewayContext> => ({
  onSubscribe: ({ setSubscribeFn }) => {
    setSubscribeFn(async (args: ExecutionArgs) => {
      const source = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in source)) return source;
      const resolveEvent = async (payload: unknown): Promise<ExecutionResult> => {
        const contextValue = perEvent(args.contextValue as GatewayContext & YogaInitialContext);
        const result = await runInScope(contextValue.upstream, () => execute({ ...args, contextValue, rootValue: payload }));
        return withPartialErrors(result, contextValue.partialErrors);
      };
      // Leaving the loop (the client went away) returns the source, which ends the subscription upstream.
      return (async function* events() {
        for await (const payload of source) yield await resolveEvent(payload);
      })();
    });
  },
});
