import type { Plugin } from 'graphql-yoga';
import { rejection } from './reject.js';

/**
 * How deeply brackets nest in a GraphQL document, read without parsing it (strings, block strings and
 * comments skipped), so a document too deep for the recursive parser never reaches it.
 */
export const bracketDepth = (source: string): number => {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (char === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
      }
    } else if (char === '{' || char === '(' || char === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ')' || char === ']') {
      depth--;
    }
  }
  return deepest;
};

export interface DocumentLimitOptions {
  maxChars: number;
  /** Selection depth allowed; brackets may nest twice as deep (arguments, input objects, lists) plus slack. */
  maxDepth: number;
}

/** Refuses documents too long or too deeply nested before they are parsed. */
export const useDocumentLimits = (options: DocumentLimitOptions): Plugin => {
  const maxNesting = options.maxDepth * 2 + 8;
  return {
    onParams: ({ params }) => {
      const { query } = params;
      if (typeof query !== 'string') return;
      if (query.length > options.maxChars) {
        throw rejection('QUERY_TOO_LARGE', `the document has ${query.length} characters, over the limit of ${options.maxChars}`);
      }
      const nesting = bracketDepth(query);
      if (nesting > maxNesting) {
        throw rejection('QUERY_TOO_DEEP', `the document nests ${nesting} levels of brackets, over the limit of ${maxNesting}`);
      }
    },
  };
};
