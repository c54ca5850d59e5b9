import type { Edge } from './page.js';

/**
 * An edge whose cursor is encoded only when something reads it: most queries select the nodes of a
 * page and no cursor, and encoding one per edge (JSON, then base64) was a cost every list paid.
 *
 * A class with the getter on its prototype, not an object literal with a getter of its own: V8 gives
 * each literal whose getter is a fresh closure a hidden class of its own, and those maps (in the old
 * generation, reached from their parent's transitions) kept every edge's closure, and through it the
 * upstream record, alive through young-generation collections until the next full one. Measured on
 * a 20-ticket REST page: about 20 KB of each page outlived it, against under 3 KB with this class.
 */
class LazyEdge<T> implements Edge<T> {
  readonly node: T;
  readonly #encode: () => string;
  #cursor: string | undefined;

  constructor(node: T, encode: () => string) {
    this.node = node;
    this.#encode = encode;
  }

  get cursor(): string {
    return (this.#cursor ??= this.#encode());
  }
}

export const lazyEdge = <T>(node: T, encode: () => string): Edge<T> => new LazyEdge(node, encode);

/**
 * The same position with another node. Its cursor is still read only when wanted; a spread
 * (`{ ...edge, node }`) would drop it, since the getter is not the edge's own property.
 */
export const withNode = <T, U>(edge: Edge<T>, node: U): Edge<U> => lazyEdge(node, () => edge.cursor);
