import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { useDocumentCache } from '../../src/plugins/document-cache.js';

/** A yoga with the document cache, counting the parses and validations that reach graphql-js. */
const yogaWith = (cache: boolean, maxDocuments?: number) => {
  const counts = { parses: 0, validations: 0 };
  const counting: Plugin = {
    onParse: ({ parseFn, setParseFn }) => setParseFn((...args) => (counts.parses++, parseFn(...args))),
    onValidate: ({ validateFn, setValidationFn }) => setValidationFn((...args) => (counts.validations++, validateFn(...args))),
  };
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { a: Int }', resolvers: { Query: { a: () => 1 } } }),
    parserAndValidationCache: cache ? false : true,
    plugins: [counting, ...(cache ? [useDocumentCache(maxDocuments === undefined ? {} : { maxDocuments })] : [])],
    logging: false,
  });
  const run = async (query: string) => {
    const response = await yoga.fetch('http://yoga.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return response.json() as Promise<Record<string, unknown>>;
  };
  return { run, counts };
};

describe('document cache', () => {
  it('parses and validates a query string once, however often it is sent', async () => {
    const { run, counts } = yogaWith(true);
    for (let i = 0; i < 3; i++) expect(await run('{ a }')).toEqual({ data: { a: 1 } });
    expect(counts).toEqual({ parses: 1, validations: 1 });
    await run('{ a a2: a }');
    expect(counts).toEqual({ parses: 2, validations: 2 });
  });

  it('answers a parse error again without parsing again', async () => {
    const { run, counts } = yogaWith(true);
    const first = await run('{ a');
    expect(await run('{ a')).toEqual(first);
    expect(first['errors']).toEqual([expect.objectContaining({ message: 'Syntax Error: Expected Name, found <EOF>.' })]);
    expect(counts.parses).toBe(1);
  });

  it('keeps at most maxDocuments, the least recently used out first', async () => {
    const { run, counts } = yogaWith(true, 2);
    await run('{ a }');
    await run('{ b: a }');
    await run('{ a }');
    await run('{ c: a }'); // evicts `{ b: a }`
    expect(counts.parses).toBe(3);
    await run('{ a }');
    expect(counts.parses).toBe(3);
    await run('{ b: a }');
    expect(counts.parses).toBe(4);
  });

  it('sets no timer for a cached query (yoga’s own cache sets one on each lookup after an idle millisecond)', async () => {
    const timersSet: Record<string, number> = {};
    for (const cache of [true, false]) {
      const { run } = yogaWith(cache);
      await run('{ a }');
      await new Promise((resolve) => setTimeout(resolve, 5));
      const spy = vi.spyOn(globalThis, 'setTimeout');
      try {
        await run('{ a }');
        timersSet[cache ? 'ours' : 'yoga'] = spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }
    expect(timersSet['ours']).toBe(0);
    expect(timersSet['yoga']).toBeGreaterThan(0);
  });
});
