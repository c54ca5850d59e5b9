/**
 * GraphQL Mesh v1's composition of the `rest` simulator for `npm run bench -- mesh`: its OpenAPI
 * document as a subgraph, with a ticket's customer linked to `GET /customers/{id}` for the name the
 * listing does not carry (the listing's assignee carries its name). REST_URL is the simulator.
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const upstream = process.env.REST_URL;
if (!upstream) throw new Error('REST_URL is not set');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Rest', {
        source: `${upstream}/openapi.json`,
        endpoint: `${upstream}/api/v1`,
        operationHeaders: { Authorization: `Bearer ${process.env.REST_API_KEY}` },
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type query_listTickets_oneOf_0_data_items_customer {
      details: getCustomer_response
        @resolveTo(sourceName: "Rest", sourceTypeName: "Query", sourceFieldName: "getCustomer", requiredSelectionSet: "{ id }", sourceArgs: { id: "{root.id}" })
    }
  `,
});
