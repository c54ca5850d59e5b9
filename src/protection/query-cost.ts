import { createComplexityRule } from '@pothos/plugin-complexity';
import { validate, type DocumentNode, type ExecutionArgs, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../auth/principal.js';
import type { GatewayContext } from '../context.js';
import { rejection } from './reject.js';

/**
 * Refuses a query whose static cost (src/schema/cost.ts: the upstream calls it may make) is over the
 * token's `maxCost`, before any resolver runs, and tells every client what its query cost in
 * `extensions.cost`. It runs at execution rather than as a validation rule because the cost depends on
 * the variables and the token, and validation is cached by document alone (src/plugins/document-cache.ts).
 */
/** The complexity of one operation with one set of variables (and null when no operation ran the rule). */
const measure = (args: ExecutionArgs & { contextValue: GatewayContext }): number | null => {
  let measured: number | null = null;
  validate(args.schema, args.document, [
    createComplexityRule({
      context: args.contextValue,
      variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? null,
      validate: ({ complexity }) => {
        measured = complexity;
      },
    }),
  ]);
  return measured;
};

/**
 * Measured costs, per principal (one per token and config generation, so what a cost reads of the
 * token's workspaces and the configured connections stays true), per parsed document (yoga's parser
 * cache hands the same document to every request with the same text), per operation and variables.
 * A client sending ever new variables only replaces entries: each document keeps at most 16, and
 * variables longer than 512 characters are measured every time rather than kept, so the memory this
 * holds stays small (yoga's parser cache keeps at most 1,000 documents).
 */
const MAX_VARIANTS_PER_DOCUMENT = 16;
const MAX_KEPT_KEY_CHARS = 512;
const measured = new WeakMap<Principal, WeakMap<DocumentNode, Map<string, number | null>>>();

const costOf = (args: ExecutionArgs & { contextValue: GatewayContext }): number | null => {
  const { principal } = args.contextValue;
  let byDocument = measured.get(principal);
  if (!byDocument) measured.set(principal, (byDocument = new WeakMap()));
  let variants = byDocument.get(args.document);
  if (!variants) byDocument.set(args.document, (variants = new Map()));
  const key = `${args.operationName ?? ''}\n${args.variableValues ? JSON.stringify(args.variableValues) : ''}`;
  let cost = variants.get(key);
  if (cost === undefined) {
    cost = measure(args);
    if (key.length > MAX_KEPT_KEY_CHARS) return cost;
    if (variants.size >= MAX_VARIANTS_PER_DOCUMENT) variants.clear();
    variants.set(key, cost);
  }
  return cost;
};

/** The cost errors of an operation about to run (none when within the token's limit); records the estimate on the context. */
const costErrors = (args: ExecutionArgs & { contextValue: GatewayContext }): readonly GraphQLError[] => {
  const context = args.contextValue;
  const limit = context.principal.limits.maxCost;
  const complexity = costOf(args);
  if (complexity === null) return [];
  context.cost = { estimated: complexity, limit };
  return complexity > limit ? [rejection('QUERY_TOO_COMPLEX', `the query may make ${complexity} upstream calls, over this token's limit of ${limit}`)] : [];
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
