import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamScope } from '../connectors/http/scope.js';
import type { GatewayContext } from '../context.js';

/**
 * What the telemetry plugins (metrics, log, trace) report about a GraphQL request, gathered once:
 * when it started, which operation it ran, and how it ended. Requests refused before their body was
 * read (401, 413, 429) have no result: their codes are read from the small JSON error they get.
 */
export interface RequestFacts {
  startedAt: number;
  /** As the client named it (unbounded: telemetry bounds it where it becomes a label). */
  operation?: string | undefined;
  type?: 'query' | 'mutation' | 'subscription' | undefined;
  /** ok: no errors; partial: data and errors; error: errors and no data; rejected: refused before execution; stream: a subscription. */
  outcome?: 'ok' | 'partial' | 'error' | 'rejected' | 'stream' | undefined;
  /** `extensions.code` of each error in the response. */
  codes: string[];
  /** The request's upstream scope, once it executes. */
  upstream?: UpstreamScope | undefined;
}

const facts = new WeakMap<Request, RequestFacts>();

export const factsOf = (request: Request): RequestFacts | undefined => facts.get(request);

const codeOf = (error: Pick<GraphQLError, 'extensions'>): string => {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

const settle = (record: RequestFacts, result: unknown): void => {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return;
  if (Symbol.asyncIterator in result) {
    record.outcome = 'stream';
    return;
  }
  const { data, errors } = result as { data?: unknown; errors?: readonly GraphQLError[] };
  record.codes = (errors ?? []).map(codeOf);
  if (record.codes.length === 0) record.outcome = 'ok';
  else record.outcome = data === undefined || data === null ? (record.type ? 'error' : 'rejected') : 'partial';
};

/** The codes of an error response built before yoga ran (`src/protection/reject.ts`). */
const rejectionCodes = async (response: Response): Promise<string[]> => {
  if (!response.headers.get('content-type')?.includes('json')) return [];
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    return (body.errors ?? []).map((error) => codeOf({ extensions: error.extensions ?? {} }));
  } catch {
    return [];
  }
};

export const useRequestFacts = (endpoint: string): Plugin<GatewayContext> => {
  const onOperation = ({ args }: { args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null | undefined; contextValue: GatewayContext & { request: Request } } }) => {
    const record = facts.get(args.contextValue.request);
    if (!record) return;
    const operation = getOperationAST(args.document, args.operationName);
    record.operation = operation?.name?.value;
    record.type = operation?.operation;
    record.upstream = args.contextValue.upstream;
  };
  return {
    onRequest: ({ request, url }) => {
      if (url.pathname === endpoint) facts.set(request, { startedAt: performance.now(), codes: [] });
    },
    onParams: ({ request, params }) => {
      const record = facts.get(request);
      if (record && params.operationName) record.operation = params.operationName;
    },
    onExecute: onOperation,
    onSubscribe: onOperation,
    onResultProcess: ({ request, result }) => {
      const record = facts.get(request);
      if (record) settle(record, result);
    },
    onResponse: async ({ request, response }) => {
      const record = facts.get(request);
      if (!record || record.outcome || response.status < 400) return;
      record.outcome = 'rejected';
      record.codes = await rejectionCodes(response);
    },
  };
};
