/** The HTTP layer's vocabulary: a request as connectors describe it, a response as they read it. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A list repeats the parameter once per value (`role[]=agent&role[]=admin`). */
export type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export interface HttpRequest {
  method: HttpMethod;
  /** Path below the connection's base URL, starting with `/`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** Sent as JSON. */
  body?: unknown;
  /** Headers for this request only (trace context), beside the connection's own. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Whether sending the request twice is harmless. GETs are; a POST that only reads (Pylon search, a
   * GraphQL query) says so here. Only idempotent requests are retried after a 5xx.
   */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON, the text when the body is not JSON, or null when empty. */
  body: unknown;
  /** Set when the body was not valid JSON. */
  text: string | null;
}

export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/** Whether a request may be sent twice: GETs, and the POSTs that say they only read. */
export const isIdempotent = (request: HttpRequest): boolean => request.idempotent ?? request.method === 'GET';

/** Wraps a send function; composed outermost-first by `composeInterceptors`. */
export type Interceptor = (next: Send) => Send;

export const composeInterceptors =
  (...interceptors: Interceptor[]): Interceptor =>
  (send) =>
    interceptors.reduceRight<Send>((next, interceptor) => interceptor(next), send);
