import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type Source,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { graphqlExecutions } from '../observability/metrics.js';

export interface CompiledExecutionOptions {
  /**
   * How many times a query (document and operation) runs through graphql-js's executor before it is
   * compiled. Default 2: a client that sends each document once costs no compilation, and a client
   * that repeats one pays for it once. 0 compiles on first sight; null never compiles.
   */
  compileAfter?: number | null;
  /**
   * Compiled queries held at once; past it, new queries keep the standard executor until documents
   * leave the document cache. Default 256: generated code costs memory (tens of KB a query), and
   * which documents run is the clients' choice.
   */
  maxCompiled?: number;
}

interface Entry {
  /** The operation the request names, read once from the document (undefined: none by that name). */
  operation: OperationDefinitionNode | undefined;
  runs: number;
  /** Unset until compiled; false when graphql-jit could not compile it (then never tried again). */
  compiled?: CompiledQuery | false;
}

/** Offsets in `body` of each line's start, so that a (line, column) location maps back to a position. */
const lineStarts = (body: string): number[] => {
  const starts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') starts.push(i + 1);
  return starts;
};

/**
 * graphql-jit's errors carry `locations` only; yoga rebuilds every error from its source and
 * positions before it answers, which would drop them. These are the same errors as graphql-js
 * builds them: source, positions, path, original error and its extensions.
 */
const locatedErrors = (result: ExecutionResult, source: Source | undefined): ExecutionResult => {
  if (!result.errors?.length) return result;
  const starts = source ? lineStarts(source.body) : [];
  const errors = result.errors.map((error) => {
    const positions = source ? (error.locations ?? []).map(({ line, column }) => (starts[line - 1] ?? 0) + column - 1) : undefined;
    return new GraphQLError(error.message, {
      ...(source && positions?.length ? { source, positions } : {}),
      ...(error.path ? { path: error.path } : {}),
      ...(error.originalError ? { originalError: error.originalError } : {}),
      ...(error.extensions ? { extensions: error.extensions } : {}),
    });
  });
  return { ...result, errors };
};

/**
 * Hot queries run as code generated for them (graphql-jit) instead of through graphql-js's generic
 * executor: the same resolvers and the same answer, with less CPU and allocation per query.
 *
 * Only queries: mutations and subscriptions keep the standard executor. Variables are coerced by
 * graphql-js first, and a request whose variables are refused goes to the standard executor, so
 * every variable error reads as graphql-js words it. Compiled queries are held per schema and per
 * parsed document (the document cache, src/plugins/document-cache.ts, keeps one object per query
 * string), so they go when their document leaves that cache. An `operationName` the document lacks
 * never compiles anything.
 */
export const useCompiledExecution = ({ compileAfter = 2, maxCompiled = 256 }: CompiledExecutionOptions = {}): Plugin => {
  const threshold = compileAfter ?? Number.POSITIVE_INFINITY;
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Entry>>>();
  // Compiled queries alive: counted down when their document is collected.
  let compiledCount = 0;
  const collected = new FinalizationRegistry<number>((count) => (compiledCount -= count));
  const standard = graphqlExecutions.labels('standard');
  const compiledRuns = graphqlExecutions.labels('compiled');

  const entryFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Entry => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    let entry = byOperation.get(operationName ?? '');
    if (!entry) byOperation.set(operationName ?? '', (entry = { operation: getOperationAST(document, operationName) ?? undefined, runs: 0 }));
    return entry;
  };

  /** The compiled query to run this request with, if it has one (compiling it now if it is due). */
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, entry: Entry, operationName: string | null | undefined): CompiledQuery | undefined => {
    if (entry.operation?.operation !== 'query') return undefined;
    if (entry.compiled === undefined) {
      entry.runs += 1;
      if (entry.runs <= threshold || compiledCount >= maxCompiled) return undefined;
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      entry.compiled = isCompiledQuery(compiled) ? compiled : false;
      if (entry.compiled) {
        compiledCount += 1;
        collected.register(document, 1);
      }
    }
    return entry.compiled || undefined;
  };

  return {
    // Decided when execution starts, not in onExecute: a plugin after this one may still refuse the
    // request (its cost, say), and a refused query should neither count nor move towards compiling.
    onExecute: ({ executeFn, setExecuteFn }) => {
      setExecuteFn((run) => {
        const entry = entryFor(run.schema, run.document, run.operationName);
        const compiled = compiledFor(run.schema, run.document, entry, run.operationName);
        const variables = (run.variableValues ?? {}) as Record<string, unknown>;
        const definitions = entry.operation?.variableDefinitions;
        if (!compiled || (definitions?.length && getVariableValues(run.schema, definitions, variables).errors)) {
          standard.inc();
          return executeFn(run);
        }
        compiledRuns.inc();
        const source = run.document.loc?.source;
        const result = compiled.query(run.rootValue, run.contextValue, variables) as ExecutionResult | Promise<ExecutionResult>;
        return result instanceof Promise ? result.then((settled) => locatedErrors(settled, source)) : locatedErrors(result, source);
      });
    },
  };
};
