import type { Plugin } from 'graphql-yoga';

export interface ReadinessOptions {
  /** Default `/ready`. */
  path?: string;
  /** 200 while this says true, 503 after (the gateway is shutting down). */
  isReady(): boolean;
}

/**
 * Readiness for load balancers and orchestrators, without a token. Liveness is yoga's own
 * `/health`.
 */
export const useReadiness = (options: ReadinessOptions): Plugin => {
  const path = options.path ?? '/ready';
  return {
    onRequest: ({ url, endResponse, fetchAPI }) => {
      if (url.pathname !== path) return;
      const ready = options.isReady();
      endResponse(fetchAPI.Response.json({ status: ready ? 'ready' : 'shutting down' }, { status: ready ? 200 : 503 }));
    },
  };
};
