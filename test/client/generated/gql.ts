/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query TicketsWithRequesters($connectionId: ID!, $first: Int, $after: String) {\n  tickets(connectionId: $connectionId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        externalId\n        subject\n        status\n        rawStatus\n        priority\n        createdAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ContactHelpdeskTickets($email: String!, $first: Int, $order: OrderDirection) {\n  contactByEmail(email: $email) {\n    id\n    name\n    email\n    identities {\n      externalId\n      helpdesk {\n        connectionId\n        kind\n      }\n    }\n    helpdeskTickets(first: $first, order: $order) {\n      edges {\n        node {\n          id\n          externalTicketId\n          status\n          subject\n          requester {\n            email\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.TicketsWithRequestersDocument,
    "fragment MutationErrors on MutationPayload {\n  clientMutationId\n  errors {\n    __typename\n    ... on ValidationError {\n      message\n      fields {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      message\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on CapabilityError {\n      message\n      connectionId\n    }\n    ... on UpstreamError {\n      message\n      code\n      connectionId\n    }\n  }\n}\n\nmutation ReplyAndClose($ticketId: ID!, $body: String!, $idempotencyKey: String) {\n  replyToTicket(\n    input: {ticketId: $ticketId, body: $body, idempotencyKey: $idempotencyKey}\n  ) {\n    message {\n      id\n      type\n      bodyText\n    }\n    ...MutationErrors\n  }\n  closeTicket(input: {id: $ticketId}) {\n    ticket {\n      id\n      status\n    }\n    ...MutationErrors\n  }\n}": typeof types.MutationErrorsFragmentDoc,
};
const documents: Documents = {
    "query TicketsWithRequesters($connectionId: ID!, $first: Int, $after: String) {\n  tickets(connectionId: $connectionId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        externalId\n        subject\n        status\n        rawStatus\n        priority\n        createdAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ContactHelpdeskTickets($email: String!, $first: Int, $order: OrderDirection) {\n  contactByEmail(email: $email) {\n    id\n    name\n    email\n    identities {\n      externalId\n      helpdesk {\n        connectionId\n        kind\n      }\n    }\n    helpdeskTickets(first: $first, order: $order) {\n      edges {\n        node {\n          id\n          externalTicketId\n          status\n          subject\n          requester {\n            email\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.TicketsWithRequestersDocument,
    "fragment MutationErrors on MutationPayload {\n  clientMutationId\n  errors {\n    __typename\n    ... on ValidationError {\n      message\n      fields {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      message\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on CapabilityError {\n      message\n      connectionId\n    }\n    ... on UpstreamError {\n      message\n      code\n      connectionId\n    }\n  }\n}\n\nmutation ReplyAndClose($ticketId: ID!, $body: String!, $idempotencyKey: String) {\n  replyToTicket(\n    input: {ticketId: $ticketId, body: $body, idempotencyKey: $idempotencyKey}\n  ) {\n    message {\n      id\n      type\n      bodyText\n    }\n    ...MutationErrors\n  }\n  closeTicket(input: {id: $ticketId}) {\n    ticket {\n      id\n      status\n    }\n    ...MutationErrors\n  }\n}": types.MutationErrorsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketsWithRequesters($connectionId: ID!, $first: Int, $after: String) {\n  tickets(connectionId: $connectionId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        externalId\n        subject\n        status\n        rawStatus\n        priority\n        createdAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ContactHelpdeskTickets($email: String!, $first: Int, $order: OrderDirection) {\n  contactByEmail(email: $email) {\n    id\n    name\n    email\n    identities {\n      externalId\n      helpdesk {\n        connectionId\n        kind\n      }\n    }\n    helpdeskTickets(first: $first, order: $order) {\n      edges {\n        node {\n          id\n          externalTicketId\n          status\n          subject\n          requester {\n            email\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query TicketsWithRequesters($connectionId: ID!, $first: Int, $after: String) {\n  tickets(connectionId: $connectionId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        externalId\n        subject\n        status\n        rawStatus\n        priority\n        createdAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery ContactHelpdeskTickets($email: String!, $first: Int, $order: OrderDirection) {\n  contactByEmail(email: $email) {\n    id\n    name\n    email\n    identities {\n      externalId\n      helpdesk {\n        connectionId\n        kind\n      }\n    }\n    helpdeskTickets(first: $first, order: $order) {\n      edges {\n        node {\n          id\n          externalTicketId\n          status\n          subject\n          requester {\n            email\n          }\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MutationErrors on MutationPayload {\n  clientMutationId\n  errors {\n    __typename\n    ... on ValidationError {\n      message\n      fields {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      message\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on CapabilityError {\n      message\n      connectionId\n    }\n    ... on UpstreamError {\n      message\n      code\n      connectionId\n    }\n  }\n}\n\nmutation ReplyAndClose($ticketId: ID!, $body: String!, $idempotencyKey: String) {\n  replyToTicket(\n    input: {ticketId: $ticketId, body: $body, idempotencyKey: $idempotencyKey}\n  ) {\n    message {\n      id\n      type\n      bodyText\n    }\n    ...MutationErrors\n  }\n  closeTicket(input: {id: $ticketId}) {\n    ticket {\n      id\n      status\n    }\n    ...MutationErrors\n  }\n}"): (typeof documents)["fragment MutationErrors on MutationPayload {\n  clientMutationId\n  errors {\n    __typename\n    ... on ValidationError {\n      message\n      fields {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      message\n    }\n    ... on ConflictError {\n      message\n    }\n    ... on CapabilityError {\n      message\n      connectionId\n    }\n    ... on UpstreamError {\n      message\n      code\n      connectionId\n    }\n  }\n}\n\nmutation ReplyAndClose($ticketId: ID!, $body: String!, $idempotencyKey: String) {\n  replyToTicket(\n    input: {ticketId: $ticketId, body: $body, idempotencyKey: $idempotencyKey}\n  ) {\n    message {\n      id\n      type\n      bodyText\n    }\n    ...MutationErrors\n  }\n  closeTicket(input: {id: $ticketId}) {\n    ticket {\n      id\n      status\n    }\n    ...MutationErrors\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;