/**
 * @generated SignedSource<<43fede95e503b4122f74c4f265ebce38>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type TicketStatus = "CLOSED" | "NEW" | "ON_HOLD" | "OPEN" | "PENDING" | "SOLVED" | "%future added value";
export type TicketIdInput = {
  clientMutationId?: string | null | undefined;
  id: string;
  idempotencyKey?: string | null | undefined;
};
export type TicketActionsCloseMutation$variables = {
  input: TicketIdInput;
};
export type TicketActionsCloseMutation$data = {
  readonly closeTicket: {
    readonly errors: ReadonlyArray<{
      readonly " $fragmentSpreads": FragmentRefs<"mutationErrors_error">;
    }>;
    readonly ticket: {
      readonly id: string;
      readonly rawStatus: string | null | undefined;
      readonly status: TicketStatus | null | undefined;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type TicketActionsCloseMutation$rawResponse = {
  readonly closeTicket: {
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
    readonly ticket: {
      readonly id: string;
      readonly rawStatus: string | null | undefined;
      readonly status: TicketStatus | null | undefined;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type TicketActionsCloseMutation = {
  rawResponse: TicketActionsCloseMutation$rawResponse;
  response: TicketActionsCloseMutation$data;
  variables: TicketActionsCloseMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "concreteType": "Ticket",
  "kind": "LinkedField",
  "name": "ticket",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
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
      "name": "rawStatus",
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
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "message",
  "storageKey": null
},
v5 = {
  "kind": "InlineFragment",
  "selections": [
    (v4/*:: as any*/),
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
        (v4/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "ValidationError",
  "abstractKey": null
},
v6 = [
  (v4/*:: as any*/)
],
v7 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "NotFoundError",
  "abstractKey": null
},
v8 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "ConflictError",
  "abstractKey": null
},
v9 = {
  "kind": "InlineFragment",
  "selections": (v6/*:: as any*/),
  "type": "CapabilityError",
  "abstractKey": null
},
v10 = {
  "kind": "InlineFragment",
  "selections": [
    (v4/*:: as any*/),
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "TicketActionsCloseMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "CloseTicketPayload",
        "kind": "LinkedField",
        "name": "closeTicket",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
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
                  (v3/*:: as any*/),
                  (v5/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/)
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "TicketActionsCloseMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "CloseTicketPayload",
        "kind": "LinkedField",
        "name": "closeTicket",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "errors",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              {
                "kind": "TypeDiscriminator",
                "abstractKey": "__isMutationError"
              },
              (v5/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "a7d5be41a85e395b799e1bb2f3a1fb51",
    "id": null,
    "metadata": {},
    "name": "TicketActionsCloseMutation",
    "operationKind": "mutation",
    "text": "mutation TicketActionsCloseMutation(\n  $input: TicketIdInput!\n) {\n  closeTicket(input: $input) {\n    ticket {\n      id\n      status\n      rawStatus\n      updatedAt\n    }\n    errors {\n      __typename\n      ...mutationErrors_error\n    }\n  }\n}\n\nfragment mutationErrors_error on MutationError {\n  __isMutationError: __typename\n  __typename\n  ... on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n  ... on NotFoundError {\n    message\n  }\n  ... on ConflictError {\n    message\n  }\n  ... on CapabilityError {\n    message\n  }\n  ... on UpstreamError {\n    message\n    code\n  }\n}\n"
  }
};
})();

(node as any).hash = "f4f6cc2a7e1dd8f714ee669329c80996";

export default node;
