/**
 * The values every given list allows: a filter given both as normalised values (mapped to the
 * upstream's strings) and as raw strings applies both, so the upstream gets their intersection.
 * Undefined when no list is given; empty when nothing can match.
 */
export const commonValues = (lists: readonly (readonly string[] | undefined)[]): string[] | undefined => {
  const given = lists.filter((list): list is readonly string[] => list !== undefined);
  if (given.length === 0) return undefined;
  const [first = [], ...others] = given;
  return [...new Set(first)].filter((value) => others.every((other) => other.includes(value)));
};
