/**
 * The `mesh` benchmark's second yardstick: the least a GraphQL gateway over the `rest` simulator can
 * do per query. A bare graphql-yoga server (no plugins) whose one list field makes one upstream call
 * through an undici Pool, parses the JSON and maps each ticket to what the query selects: no
 * validation of the payload, no loaders, no cache, no limits, no telemetry. It answers the fields the
 * listing carries (subject, requester email, assignee name), so one upstream call per query, as
 * deskgraph's warm cache makes. Its CPU per query is the floor of one proxy hop on this machine, in
 * each cell. It tells its parent where it listens.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';

const restUrl = process.env['REST_URL'];
const apiKey = process.env['REST_API_KEY'];
if (!restUrl || !apiKey) throw new Error('REST_URL and REST_API_KEY must be set');
const upstream = new URL(`${restUrl}/api/v1/tickets`);
const pool = new Pool(upstream.origin, { connections: 32 });
const headers = { accept: 'application/json', authorization: `Bearer ${apiKey}` };

const typeDefs = /* GraphQL */ `
  type Query { tickets(first: Int!): TicketConnection! }
  type TicketConnection { edges: [TicketEdge!]! }
  type TicketEdge { node: Ticket! }
  type Ticket { subject: String requester: Person assignee: Person }
  type Person { name: String email: String }
`;
const tickets = async (_root, { first }) => {
  const response = await pool.request({ method: 'GET', path: `${upstream.pathname}?limit=${first}`, headers });
  const page = JSON.parse(await response.body.text());
  return {
    edges: page.data.map((ticket) => ({
      node: {
        subject: ticket.subject ?? null,
        requester: ticket.customer ? { name: ticket.customer.name ?? null, email: ticket.customer.email ?? null } : null,
        assignee: ticket.assignee ? { name: ticket.assignee.name ?? null, email: ticket.assignee.email ?? null } : null,
      },
    })),
  };
};

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers: { Query: { tickets } } }), logging: false, landingPage: false });
const server = createServer(yoga).listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
});
process.on('message', async (message) => {
  if (message?.type === 'close') {
    await pool.close();
    server.close(() => process.exit(0));
  }
});
