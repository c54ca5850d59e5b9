/**
 * The `mesh` benchmark's yardstick for this machine: a bare graphql-yoga server (no plugins, one
 * field) in its own process. What it spends answering `{ __typename }` says how fast the machine is,
 * so CPU figures from different machines can be compared. It tells its parent where it listens.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, landingPage: false });
const server = createServer(yoga).listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
});
process.on('message', (message) => {
  if (message?.type === 'close') server.close(() => process.exit(0));
});
