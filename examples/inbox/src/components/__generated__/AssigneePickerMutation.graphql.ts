/**
 * @generated SignedSource<<5aa16eff1df548ff9d58da0b4542fa6a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type TicketPriority = "HIGH" | "LOW" | "NORMAL" | "URGENT" | "%future added value";
export type TicketStatus = "CLOSED" | "NEW" | "ON_HOLD" | "OPEN" | "PENDING" | "SOLVED" | "%future added value";
export type UpdateTicketInput = {
  assigneeId?: string | null | undefined;
  clientMutationId?: string | null | undefined;
  customFields?: ReadonlyArray<CustomFieldInput> | null | undefined;
  id: string;
  idempotencyKey?: string | null | undefined;
  ifUpdatedAt?: string | null | undefined;
  priority?: TicketPriority | null | undefined;
  status?: TicketStatus | null | undefined;
  subject?: string | null | undefined;
  tags?: ReadonlyArray<string> | null | undefined;
  type?: string | null | undefined;
};
export type CustomFieldInput = {
  key: string;
  value?: unknown | null | undefined;
};
export type AssigneePickerMutation$variables = {
  input: UpdateTicketInput;
};
export type AssigneePickerMutation$data = {
  readonly updateTicket: {
    readonly errors: ReadonlyArray<{
      readonly " $fragmentSpreads": FragmentRefs<"mutationErrors_error">;
    }>;
    readonly ticket: {
      readonly assignee: {
        readonly id: string;
        readonly name: string | null | undefined;
      } | null | undefined;
      readonly id: string;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type AssigneePickerMutation$rawResponse = {
  readonly updateTicket: {
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
      readonly assignee: {
        readonly id: string;
        readonly name: string | null | undefined;
      } | null | undefined;
      readonly id: string;
      readonly updatedAt: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type AssigneePickerMutation = {
  rawResponse: AssigneePickerMutation$rawResponse;
  response: AssigneePickerMutation$data;
  variables: AssigneePickerMutation$variables;
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
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "concreteType": "Ticket",
  "kind": "LinkedField",
  "name": "ticket",
  "plural": false,
  "selections": [
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "updatedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Agent",
      "kind": "LinkedField",
      "name": "assignee",
      "plural": false,
      "selections": [
        (v2/*:: as any*/),
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
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "message",
  "storageKey": null
},
v6 = {
  "kind": "InlineFragment",
  "selections": [
    (v5/*:: as any*/),
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
        (v5/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "ValidationError",
  "abstractKey": null
},
v7 = [
  (v5/*:: as any*/)
],
v8 = {
  "kind": "InlineFragment",
  "selections": (v7/*:: as any*/),
  "type": "NotFoundError",
  "abstractKey": null
},
v9 = {
  "kind": "InlineFragment",
  "selections": (v7/*:: as any*/),
  "type": "ConflictError",
  "abstractKey": null
},
v10 = {
  "kind": "InlineFragment",
  "selections": (v7/*:: as any*/),
  "type": "CapabilityError",
  "abstractKey": null
},
v11 = {
  "kind": "InlineFragment",
  "selections": [
    (v5/*:: as any*/),
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
    "name": "AssigneePickerMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "UpdateTicketPayload",
        "kind": "LinkedField",
        "name": "updateTicket",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
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
                  (v4/*:: as any*/),
                  (v6/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/)
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
    "name": "AssigneePickerMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "UpdateTicketPayload",
        "kind": "LinkedField",
        "name": "updateTicket",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "errors",
            "plural": true,
            "selections": [
              (v4/*:: as any*/),
              {
                "kind": "TypeDiscriminator",
                "abstractKey": "__isMutationError"
              },
              (v6/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v11/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "da9bc8112be3ee73776a2413db48ccab",
    "id": null,
    "metadata": {},
    "name": "AssigneePickerMutation",
    "operationKind": "mutation",
    "text": "mutation AssigneePickerMutation(\n  $input: UpdateTicketInput!\n) {\n  updateTicket(input: $input) {\n    ticket {\n      id\n      updatedAt\n      assignee {\n        id\n        name\n      }\n    }\n    errors {\n      __typename\n      ...mutationErrors_error\n    }\n  }\n}\n\nfragment mutationErrors_error on MutationError {\n  __isMutationError: __typename\n  __typename\n  ... on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n  ... on NotFoundError {\n    message\n  }\n  ... on ConflictError {\n    message\n  }\n  ... on CapabilityError {\n    message\n  }\n  ... on UpstreamError {\n    message\n    code\n  }\n}\n"
  }
};
})();

(node as any).hash = "3930d0d43fa3af1cc6fbc3836ad63650";

export default node;
