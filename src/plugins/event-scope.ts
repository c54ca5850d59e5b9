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
        try {
          const result = await runInScope(contextValue.upstream, () => execute({ ...args, contextValue, rootValue: payload }));
          return withPartialErrors(result, contextValue.partialErrors);
        } finally {
          contextValue.upstream.close();
        }
      };
      // A hand-written iterator rather than an async generator: a generator queues `return` behind the
      // `next` that waits for an event, so a client that leaves would hold its subscription until one came.
      const events = source[Symbol.asyncIterator]();
      const mapped: AsyncIterableIterator<ExecutionResult> = {
        next: async () => {
          const step = await events.next();
          return step.done ? step : { done: false, value: await resolveEvent(step.value) };
        },
        return: async () => {
          await events.return?.();
          return { done: true, value: undefined };
        },
        throw: async (error?: unknown) => {
          await events.return?.();
          throw error;
        },
        [Symbol.asyncIterator]: () => mapped,
      };
      return mapped;
    });
  },
});
