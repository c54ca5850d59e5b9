import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface DocumentCacheOptions {
  /** Query strings whose parsed document (or parse error) is kept, least recently used out first. Default 1024, as yoga's. */
  maxDocuments?: number;
}

/** A Map kept in recency order: a read moves its key to the end, and the first key is the least recent. */
const boundedMap = <V>(max: number) => {
  const entries = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: V): void {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
  };
};

/**
 * Parsed documents by query string, and validation results by schema, rule set and document: what
 * yoga's own parser and validation cache does, which the gateway turns off (`parserAndValidationCache:
 * false`). Its LRU has a TTL whose clock reading arms a 1 ms timer whenever a millisecond has passed
 * since the last, so at low load every request woke the event loop twice more for nothing.
 *
 * It goes last among the plugins, where yoga puts its own: the limits that look at the query string
 * and the rules other plugins add see every request before a cached answer is used.
 */
export const useDocumentCache = ({ maxDocuments = 1024 }: DocumentCacheOptions = {}): Plugin => {
  const documents = boundedMap<DocumentNode>(maxDocuments);
  const parseErrors = boundedMap<Error>(maxDocuments);
  // Rule sets are the plugins' (a handful, fixed at start); documents are the parsed ones above.
  const validations = new WeakMap<GraphQLSchema, Map<string, WeakMap<DocumentNode, readonly Error[]>>>();

  return {
    onParse: ({ params, setParsedDocument }) => {
      const source = params.source.toString();
      const document = documents.get(source);
      if (document) {
        setParsedDocument(document);
        return undefined;
      }
      const error = parseErrors.get(source);
      if (error) throw error;
      return ({ result }) => {
        if (result instanceof Error) parseErrors.set(source, result);
        else if (result) documents.set(source, result);
      };
    },
    onValidate: ({ params: { schema, documentAST, rules }, setResult }) => {
      const rulesKey = (rules as readonly ValidationRule[] | undefined)?.map((rule) => rule.name).join(',') ?? '';
      let bySchema = validations.get(schema);
      if (!bySchema) validations.set(schema, (bySchema = new Map()));
      let byDocument = bySchema.get(rulesKey);
      if (!byDocument) bySchema.set(rulesKey, (byDocument = new WeakMap()));
      const cached = byDocument.get(documentAST);
      if (cached) {
        setResult(cached);
        return undefined;
      }
      return ({ result }) => {
        if (result) byDocument.set(documentAST, result);
      };
    },
  };
};
