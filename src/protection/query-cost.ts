import { createComplexityRule } from '@pothos/plugin-complexity';
import { validate, type ExecutionArgs, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { rejection } from './reject.js';

/**
 * Refuses a query whose static cost (src/schema/cost.ts: the upstream calls it may make) is over the
 * token's `maxCost`, before any resolver runs, and tells every client what its query cost in
 * `extensions.cost`. It runs at execution rather than as a validation rule because the cost depends on
 * the variables and the token, and yoga caches validation by document alone.
 */
/** The cost errors of an operation about to run (none when within the token's limit); records the estimate on the context. */
const costErrors = (args: ExecutionArgs & { contextValue: GatewayContext }): readonly GraphQLError[] => {
  const context = args.contextValue;
  const limit = context.principal.limits.maxCost;
  return validate(args.schema, args.document, [
    createComplexityRule({
      context,
      variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? null,
      validate: ({ complexity }, report) => {
        context.cost = { estimated: complexity, limit };
        if (complexity > limit) {
          report(rejection('QUERY_TOO_COMPLEX', `the query may make ${complexity} upstream calls, over this token's limit of ${limit}`));
        }
      },
    }),
  ]);
};

export const useQueryCost = (): Plugin<GatewayContext> => ({
  onExecute: ({ args, setResultAndStopExecution }) => {
    const context = args.contextValue;
    const errors = costErrors(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
    return {
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result) return;
        const { budget } = context.upstream;
        setResult({
          ...result,
          extensions: {
            ...result.extensions,
            cost: { ...context.cost, upstreamCalls: budget.used, upstreamCallLimit: budget.limit },
          },
        });
      },
    };
  },
  // A subscription's cost is that of one event's selection, refused before the subscription starts.
  onSubscribe: ({ args, setResultAndStopExecution }) => {
    const errors = costErrors(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
});
