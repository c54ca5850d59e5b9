/**
 * An edge whose cursor is encoded only when something reads it: most queries select the nodes of a
 * page and no cursor, and encoding one per edge (JSON, then base64) was a cost every list paid. The
 * cursor is a getter of the edge itself, so spreading the edge (`{ ...edge, node }`) still copies it.
 */
export const lazyEdge = <T>(node: T, encode: () => string): { node: T; readonly cursor: string } => {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= encode());
    },
  };
};
