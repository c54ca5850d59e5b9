import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GatewayContext } from '../context.js';
import { encodeGlobalId } from '../domain/global-id.js';
import { GatewayError } from '../domain/errors.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: { write: boolean };
  Scalars: {
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  Connection: { totalCount: number | null };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ComplexityPlugin],
  // Costs are declared where a field can call an upstream (see cost.ts); everything else is free, and
  // lists multiply only where they say so. The limit is enforced by src/protection/query-cost.ts.
  complexity: { defaultComplexity: 0, defaultListMultiplier: 1 },
  scopeAuth: {
    authScopes: (context) => ({ write: context.principal.access === 'write' }),
    unauthorizedError: () =>
      new GatewayError('FORBIDDEN', 'this token may only read: mutations need a token with write access'),
  },
  relay: {
    encodeGlobalID: encodeGlobalId,
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});
