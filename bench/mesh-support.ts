/** What the `mesh` benchmark's processes share: the token and the two gateways' queries. */

export const BENCH_TOKEN = 'bench-mesh-token-0123456789';

/** The inbox row both gateways answer, normalised for comparison. */
export interface InboxRow {
  subject: string | null;
  requesterName: string | null;
  requesterEmail: string | null;
  assigneeName: string | null;
}

export const PAGE_SIZE = 20;

export const DESKGRAPH_QUERY = `query Inbox { tickets(connectionId: "bench-rest", first: ${PAGE_SIZE}) {
  edges { node { subject requester { name email } assignee { name } } } } }`;

interface DeskgraphAnswer {
  data?: { tickets: { edges: { node: { subject: string | null; requester: { name: string | null; email: string | null } | null; assignee: { name: string | null } | null } }[] } };
  errors?: unknown[];
}

export const deskgraphRows = (answer: unknown): InboxRow[] => {
  const { data, errors } = answer as DeskgraphAnswer;
  if (errors || !data) throw new Error(`deskgraph answered errors: ${JSON.stringify(errors)}`);
  return data.tickets.edges.map(({ node }) => ({
    subject: node.subject,
    requesterName: node.requester?.name ?? null,
    requesterEmail: node.requester?.email ?? null,
    assigneeName: node.assignee?.name ?? null,
  }));
};
