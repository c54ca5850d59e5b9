import type { Plugin } from 'graphql-yoga';

export interface HealthOptions {
  /** Liveness path. Default `/health`: 200 while the process serves requests. */
  healthPath?: string;
  /** Readiness path. Default `/ready`: 200 once started, 503 while shutting down. */
  readyPath?: string;
  isReady(): boolean;
}

/** Liveness and readiness for load balancers and orchestrators; neither needs a token. */
export const useHealth = (options: HealthOptions): Plugin => {
  const healthPath = options.healthPath ?? '/health';
  const readyPath = options.readyPath ?? '/ready';
  return {
    onRequest: ({ url, endResponse, fetchAPI }) => {
      if (url.pathname === healthPath) {
        endResponse(fetchAPI.Response.json({ status: 'ok' }, { status: 200 }));
      } else if (url.pathname === readyPath) {
        const ready = options.isReady();
        endResponse(
          fetchAPI.Response.json({ status: ready ? 'ready' : 'shutting down' }, { status: ready ? 200 : 503 }),
        );
      }
    },
  };
};
