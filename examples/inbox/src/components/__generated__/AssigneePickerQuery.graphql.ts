/**
 * @generated SignedSource<<bc8c3f0e6cd709225ce95bdb180a99bc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type AgentKind = "BOT" | "HUMAN" | "SYSTEM" | "%future added value";
export type AssigneePickerQuery$variables = {
  connectionId: string;
};
export type AssigneePickerQuery$data = {
  readonly agents: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly email: string | null | undefined;
        readonly id: string;
        readonly kind: AgentKind | null | undefined;
        readonly name: string | null | undefined;
      };
    }>;
  } | null | undefined;
};
export type AssigneePickerQuery = {
  response: AssigneePickerQuery$data;
  variables: AssigneePickerQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "connectionId"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "connectionId",
        "variableName": "connectionId"
      },
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "AgentConnection",
    "kind": "LinkedField",
    "name": "agents",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "AgentEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Agent",
            "kind": "LinkedField",
            "name": "node",
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
                "name": "name",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "email",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AssigneePickerQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AssigneePickerQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e889a6372eac80eb93d8db5ee3b04513",
    "id": null,
    "metadata": {},
    "name": "AssigneePickerQuery",
    "operationKind": "query",
    "text": "query AssigneePickerQuery(\n  $connectionId: ID!\n) {\n  agents(connectionId: $connectionId, first: 100) {\n    edges {\n      node {\n        id\n        name\n        email\n        kind\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "718ba13c36ef3eaf0c8f780bcd707bf8";

export default node;
