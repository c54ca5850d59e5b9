/**
 * @generated SignedSource<<b79b9d00ffd4b1646bcfd7674425d114>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderInlineDataFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type mutationErrors_error$data = {
  readonly __typename: "CapabilityError";
  readonly message: string;
  readonly " $fragmentType": "mutationErrors_error";
} | {
  readonly __typename: "ConflictError";
  readonly message: string;
  readonly " $fragmentType": "mutationErrors_error";
} | {
  readonly __typename: "NotFoundError";
  readonly message: string;
  readonly " $fragmentType": "mutationErrors_error";
} | {
  readonly __typename: "UpstreamError";
  readonly code: string;
  readonly message: string;
  readonly " $fragmentType": "mutationErrors_error";
} | {
  readonly __typename: "ValidationError";
  readonly fields: ReadonlyArray<{
    readonly message: string;
    readonly path: ReadonlyArray<string>;
  }>;
  readonly message: string;
  readonly " $fragmentType": "mutationErrors_error";
} | {
  // This will never be '%other', but we need some
  // value in case none of the concrete values match.
  readonly __typename: "%other";
  readonly " $fragmentType": "mutationErrors_error";
};
export type mutationErrors_error$key = {
  readonly " $data"?: mutationErrors_error$data;
  readonly " $fragmentSpreads": FragmentRefs<"mutationErrors_error">;
};

const node: ReaderInlineDataFragment = {
  "kind": "InlineDataFragment",
  "name": "mutationErrors_error"
};

(node as any).hash = "6a1da36a96f455edc01d5c7d3a7831e0";

export default node;
