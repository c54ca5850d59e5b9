import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { ErrorCode } from '../domain/errors.js';
import { rejection } from './reject.js';

export interface ArmorOptions {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Hide "Did you mean …?" suggestions (whenever introspection is off). */
  blockSuggestions: boolean;
}

/** Armor's own message ("Syntax Error: Aliases limit of 30 exceeded, found 31.") without its prefix. */
const armorMessage = (error: GraphQLError): string => error.message.replace(/^Syntax Error: /, '');

/**
 * GraphQL Armor's static limits, each reporting its own code instead of Armor's generic syntax error.
 * Validation rules report into the validation context; the token limit works inside the parser, so
 * it throws.
 */
const reportAs =
  (code: ErrorCode) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const refused = rejection(code, armorMessage(error));
    if (!context) throw refused;
    context.reportError(refused);
  };

export const armorPlugins = (options: ArmorOptions) => {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxTokensPlugin({ ...common, n: options.maxTokens, onReject: [reportAs('QUERY_TOO_LARGE')] }),
    maxDepthPlugin({ ...common, n: options.maxDepth, flattenFragments: true, onReject: [reportAs('QUERY_TOO_DEEP')] }),
    maxAliasesPlugin({ ...common, n: options.maxAliases, onReject: [reportAs('TOO_MANY_ALIASES')] }),
    maxDirectivesPlugin({ ...common, n: options.maxDirectives, onReject: [reportAs('TOO_MANY_DIRECTIVES')] }),
    ...(options.blockSuggestions ? [blockFieldSuggestionsPlugin()] : []),
  ];
};
