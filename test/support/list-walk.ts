import { expect } from 'vitest';
import type { TestGateway } from './gateway.js';

/** A walk that has not ended after this many pages is going in circles. */
const MAX_PAGES = 200;

interface ListPage {
  edges: { cursor: string; node: { externalId: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The query of one page of `Query.<field>(connectionId, …)`, selecting `externalId` and `select`. */
export const listQuery = (field: string, select = '') => `query($connectionId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  list: ${field}(connectionId: $connectionId, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { externalId ${select} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** One page of a gateway list, failing the test on errors. */
export const listPage = async (g: TestGateway, field: string, variables: Record<string, unknown>, select = ''): Promise<ListPage> => {
  const result = await g.gql<{ list: ListPage }>(listQuery(field, select), variables);
  expect(result.errors, `${field} ${JSON.stringify(variables)}`).toBeUndefined();
  return result.data?.list as ListPage;
};

/** Walks a gateway list forward (`first: size`) or backward (`last: size`) to its end; the ids in forward order. */
export const walkList = async (g: TestGateway, field: string, connectionId: string, size: number, direction: 'forward' | 'backward'): Promise<string[]> => {
  let seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const variables =
      direction === 'forward' ? { connectionId, first: size, ...(cursor ? { after: cursor } : {}) } : { connectionId, last: size, ...(cursor ? { before: cursor } : {}) };
    const page = await listPage(g, field, variables);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    const ids = page.edges.map((edge) => edge.node.externalId);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    const back = direction === 'forward' ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    expect(back).toBe(cursor !== null);
    seen = direction === 'forward' ? [...seen, ...ids] : [...ids, ...seen];
    if (!more) return seen;
    expect(page.edges).toHaveLength(size);
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  throw new Error(`no end after ${MAX_PAGES} pages`);
};
