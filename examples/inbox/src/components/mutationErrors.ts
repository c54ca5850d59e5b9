import { graphql, readInlineData } from 'react-relay';
import type { mutationErrors_error$key } from './__generated__/mutationErrors_error.graphql';

/** Every mutation payload's typed `errors`, in words for the agent. */
const fragment = graphql`
  fragment mutationErrors_error on MutationError @inline {
    __typename
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      message
    }
    ... on ConflictError {
      message
    }
    ... on CapabilityError {
      message
    }
    ... on UpstreamError {
      message
      code
    }
  }
`;

export const describeErrors = (errors: readonly mutationErrors_error$key[] | null | undefined): string[] =>
  (errors ?? []).map((ref) => {
    const error = readInlineData(fragment, ref);
    switch (error.__typename) {
      case 'ValidationError':
        return [error.message, ...error.fields.map((field) => `${field.path.join('.')}: ${field.message}`)].join(' ');
      case 'UpstreamError':
        return `${error.message} (${error.code}; retrying sends the same idempotency key)`;
      case 'NotFoundError':
      case 'ConflictError':
      case 'CapabilityError':
        return error.message;
      default:
        return 'The gateway refused this change.';
    }
  });
