import { describe, expect, it } from 'vitest';
import { lazyEdge, withNode } from '../../src/pagination/edge.js';
import { pageInfoOf } from '../../src/pagination/relay.js';

describe('lazy edges', () => {
  it('encode their cursor when it is first read, once', () => {
    let encodings = 0;
    const edge = lazyEdge({ id: 1 }, () => `c${++encodings}`);
    expect(edge.node).toEqual({ id: 1 });
    expect(encodings).toBe(0);
    expect(edge.cursor).toBe('c1');
    expect(edge.cursor).toBe('c1');
    expect(encodings).toBe(1);
  });

  it('keep their position, still unread, with another node', () => {
    let encodings = 0;
    const edge = lazyEdge({ id: 1 }, () => `c${++encodings}`);
    const mapped = withNode(edge, 'one');
    expect(mapped.node).toBe('one');
    expect(encodings).toBe(0);
    expect(mapped.cursor).toBe('c1');
    expect(edge.cursor).toBe('c1');
    expect(encodings).toBe(1);
  });

  it('give page info whose cursors are read when selected', () => {
    let encodings = 0;
    const edges = ['a', 'b', 'c'].map((node) => lazyEdge(node, () => (encodings++, `@${node}`)));
    const info = pageInfoOf(edges, true, false);
    expect(encodings).toBe(0);
    expect(info).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect([info.startCursor, info.endCursor]).toEqual(['@a', '@c']);
    expect(encodings).toBe(2);
    expect(pageInfoOf([], true, false, 'resume')).toMatchObject({ startCursor: null, endCursor: 'resume' });
    expect(pageInfoOf([], false, false, 'resume')).toMatchObject({ startCursor: null, endCursor: null });
  });
});
