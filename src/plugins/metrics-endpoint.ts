import type { Plugin } from 'graphql-yoga';
import { metricsAnswer } from '../observability/metrics-access.js';

export interface MetricsEndpointOptions {
  /** Default `/metrics`. */
  path?: string;
  /** The bearer token a scraper must send; required on the API's port (see `server.metrics`). */
  token: string;
}

/** Serves the Prometheus metrics on the API's own port, to a scraper holding the metrics token. */
export const useMetricsEndpoint = (options: MetricsEndpointOptions): Plugin => {
  const path = options.path ?? '/metrics';
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== path || request.method !== 'GET') return;
      const answer = await metricsAnswer(request.headers.get('authorization'), options.token);
      endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
    },
  };
};
