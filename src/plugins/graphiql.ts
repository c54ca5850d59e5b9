import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

export interface GraphiQLSettings {
  /** A token to prefill in the headers editor (the demo's read token); none by default. */
  token?: string;
  /** The query shown on first load. */
  defaultQuery?: string;
}

/**
 * GraphiQL rendered from the installed `@graphql-yoga/render-graphiql` bundle, which inlines its
 * scripts and styles, so it works on an offline machine (yoga's default page loads them from a CDN).
 */
export const graphiqlOptions = (settings: GraphiQLSettings): { graphiql: GraphiQLOptions; renderGraphiQL: typeof renderGraphiQL } => ({
  graphiql: {
    title: 'deskgraph',
    ...(settings.defaultQuery ? { defaultQuery: settings.defaultQuery } : {}),
    ...(settings.token ? { headers: JSON.stringify({ Authorization: `Bearer ${settings.token}` }, null, 2) } : {}),
  },
  renderGraphiQL,
});
