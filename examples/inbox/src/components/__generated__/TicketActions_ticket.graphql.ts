/**
 * @generated SignedSource<<a4154f493f021e91c50d730ac54ebe78>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
export type TicketStatus = "CLOSED" | "NEW" | "ON_HOLD" | "OPEN" | "PENDING" | "SOLVED" | "%future added value";
export type UpstreamList = "AGENTS" | "ORGANIZATIONS" | "TAGS" | "TEAMS" | "TICKET_FIELDS" | "%future added value";
import type { FragmentRefs } from "relay-runtime";
export type TicketActions_ticket$data = {
  readonly assignee: {
    readonly id: string;
    readonly name: string | null | undefined;
  } | null | undefined;
  readonly helpdesk: {
    readonly capabilities: {
      readonly conditionalUpdate: boolean;
      readonly lists: ReadonlyArray<UpstreamList> | null | undefined;
      readonly mutations: ReadonlyArray<string>;
      readonly ticketChanges: ReadonlyArray<string>;
    } | null | undefined;
    readonly connectionId: string | null | undefined;
  } | null | undefined;
  readonly id: string;
  readonly rawStatus: string | null | undefined;
  readonly status: TicketStatus | null | undefined;
  readonly updatedAt: string | null | undefined;
  readonly " $fragmentType": "TicketActions_ticket";
};
export type TicketActions_ticket$key = {
  readonly " $data"?: TicketActions_ticket$data;
  readonly " $fragmentSpreads": FragmentRefs<"TicketActions_ticket">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "TicketActions_ticket",
  "selections": [
    (v0/*:: as any*/),
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
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Agent",
      "kind": "LinkedField",
      "name": "assignee",
      "plural": false,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "name",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Helpdesk",
      "kind": "LinkedField",
      "name": "helpdesk",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "connectionId",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "HelpdeskCapabilities",
          "kind": "LinkedField",
          "name": "capabilities",
          "plural": false,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "mutations",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "ticketChanges",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "lists",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "conditionalUpdate",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Ticket",
  "abstractKey": null
};
})();

(node as any).hash = "0df38c5d588aeeb450a26afb8067aca8";

export default node;
