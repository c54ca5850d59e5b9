/**
 * @generated SignedSource<<85462d075ae87b0513f851f4df746828>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type AuthorKind = "AGENT" | "BOT" | "CONTACT" | "SYSTEM" | "%future added value";
export type BodyFormat = "HTML" | "TEXT" | "%future added value";
export type MessageType = "NOTE" | "REPLY" | "SYSTEM" | "%future added value";
export type TicketStatus = "CLOSED" | "NEW" | "ON_HOLD" | "OPEN" | "PENDING" | "SOLVED" | "%future added value";
export type ReplyToTicketInput = {
  body: string;
  bodyFormat?: BodyFormat | null | undefined;
  clientMutationId?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  ticketId: string;
};
export type ComposerReplyMutation$variables = {
  connections: ReadonlyArray<string>;
  input: ReplyToTicketInput;
};
export type ComposerReplyMutation$data = {
  readonly replyToTicket: {
    readonly errors: ReadonlyArray<{
      readonly " $fragmentSpreads": FragmentRefs<"mutationErrors_error">;
    }>;
    readonly message: {
      readonly id: string;
      readonly " $fragmentSpreads": FragmentRefs<"MessageItem_message">;
    } | null | undefined;
    readonly ticket: {
      readonly id: string;
      readonly status: TicketStatus | null | undefined;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type ComposerReplyMutation$rawResponse = {
  readonly replyToTicket: {
    readonly errors: ReadonlyArray<{
      readonly __typename: "CapabilityError";
      readonly __isMutationError: "CapabilityError";
      readonly message: string;
    } | {
      readonly __typename: "ConflictError";
      readonly __isMutationError: "ConflictError";
      readonly message: string;
    } | {
      readonly __typename: "NotFoundError";
      readonly __isMutationError: "NotFoundError";
      readonly message: string;
    } | {
      readonly __typename: "UpstreamError";
      readonly __isMutationError: "UpstreamError";
      readonly code: string;
      readonly message: string;
    } | {
      readonly __typename: "ValidationError";
      readonly __isMutationError: "ValidationError";
      readonly fields: ReadonlyArray<{
        readonly message: string;
        readonly path: ReadonlyArray<string>;
      }>;
      readonly message: string;
    } | {
      readonly __typename: string;
      readonly __isMutationError: string;
    }>;
    readonly message: {
      readonly author: {
        readonly kind: AuthorKind | null | undefined;
        readonly name: string | null | undefined;
      } | null | undefined;
      readonly bodyText: string | null | undefined;
      readonly createdAt: string | null | undefined;
      readonly id: string;
      readonly internal: boolean | null | undefined;
      readonly type: MessageType | null | undefined;
    } | null | undefined;
    readonly ticket: {
      readonly id: string;
      readonly status: TicketStatus | null | undefined;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type ComposerReplyMutation = {
  rawResponse: ComposerReplyMutation$rawResponse;
  response: ComposerReplyMutation$data;
  variables: ComposerReplyMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connections"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "concreteType": "Ticket",
  "kind": "LinkedField",
  "name": "ticket",
  "plural": false,
  "selections": [
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "status",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "updatedAt",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "message",
  "storageKey": null
},
v7 = {
  "kind": "InlineFragment",
  "selections": [
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "FieldProblem",
      "kind": "LinkedField",
      "name": "fields",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "path",
          "storageKey": null
        },
        (v6/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "ValidationError",
  "abstractKey": null
},
v8 = [
  (v6/*:: as any*/)
],
v9 = {
  "kind": "InlineFragment",
  "selections": (v8/*:: as any*/),
  "type": "NotFoundError",
  "abstractKey": null
},
v10 = {
  "kind": "InlineFragment",
  "selections": (v8/*:: as any*/),
  "type": "ConflictError",
  "abstractKey": null
},
v11 = {
  "kind": "InlineFragment",
  "selections": (v8/*:: as any*/),
  "type": "CapabilityError",
  "abstractKey": null
},
v12 = {
  "kind": "InlineFragment",
  "selections": [
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "code",
      "storageKey": null
    }
  ],
  "type": "UpstreamError",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ComposerReplyMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "ReplyToTicketPayload",
        "kind": "LinkedField",
        "name": "replyToTicket",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Message",
            "kind": "LinkedField",
            "name": "message",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "MessageItem_message"
              }
            ],
            "storageKey": null
          },
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "errors",
            "plural": true,
            "selections": [
              {
                "kind": "InlineDataFragmentSpread",
                "name": "mutationErrors_error",
                "selections": [
                  (v5/*:: as any*/),
                  (v7/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/)
                ],
                "args": null,
                "argumentDefinitions": []
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "ComposerReplyMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "ReplyToTicketPayload",
        "kind": "LinkedField",
        "name": "replyToTicket",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Message",
            "kind": "LinkedField",
            "name": "message",
            "plural": false,
            "selections": [
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "type",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "internal",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "bodyText",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "createdAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "MessageAuthor",
                "kind": "LinkedField",
                "name": "author",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "kind",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "name",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "appendNode",
            "key": "",
            "kind": "LinkedHandle",
            "name": "message",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "connections"
              },
              {
                "kind": "Literal",
                "name": "edgeTypeName",
                "value": "MessageEdge"
              }
            ]
          },
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "errors",
            "plural": true,
            "selections": [
              (v5/*:: as any*/),
              {
                "kind": "TypeDiscriminator",
                "abstractKey": "__isMutationError"
              },
              (v7/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              (v12/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "871f318003ab40c254fc0f5f2744f57e",
    "id": null,
    "metadata": {},
    "name": "ComposerReplyMutation",
    "operationKind": "mutation",
    "text": "mutation ComposerReplyMutation(\n  $input: ReplyToTicketInput!\n) {\n  replyToTicket(input: $input) {\n    message {\n      id\n      ...MessageItem_message\n    }\n    ticket {\n      id\n      status\n      updatedAt\n    }\n    errors {\n      __typename\n      ...mutationErrors_error\n    }\n  }\n}\n\nfragment MessageItem_message on Message {\n  id\n  type\n  internal\n  bodyText\n  createdAt\n  author {\n    kind\n    name\n  }\n}\n\nfragment mutationErrors_error on MutationError {\n  __isMutationError: __typename\n  __typename\n  ... on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n  ... on NotFoundError {\n    message\n  }\n  ... on ConflictError {\n    message\n  }\n  ... on CapabilityError {\n    message\n  }\n  ... on UpstreamError {\n    message\n    code\n  }\n}\n"
  }
};
})();

(node as any).hash = "7f47f7f93dc360735e5cbf143f6f8d97";

export default node;
