import { badInput } from './errors.js';

/**
 * Opaque global ids: base64url of `Typename:["part", …]`. The parts name the record exactly (its
 * connection and upstream id, or a workspace and an email), so resolving an id never needs a lookup
 * table, and every resolution can check the caller's workspaces first.
 */
export const NODE_TYPENAMES = ['Ticket', 'HelpdeskTicket', 'Contact', 'Agent', 'Organization', 'Tag', 'Team', 'Message', 'Helpdesk', 'Workspace'] as const;
export type NodeTypename = (typeof NODE_TYPENAMES)[number];

export interface DecodedGlobalId {
  typename: NodeTypename;
  parts: string[];
}

export const encodeGlobalId = (typename: string, id: string | number | bigint): string =>
  Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');

/** The `id` Pothos passes to `encodeGlobalId` for a record named by these parts. */
export const idParts = (...parts: string[]): string => JSON.stringify(parts);

export const decodeGlobalId = (globalId: string): DecodedGlobalId => {
  const invalid = () => badInput(`"${globalId.slice(0, 80)}" is not a valid deskgraph id`);
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) throw invalid();
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  if (colon < 0 || !(NODE_TYPENAMES as readonly string[]).includes(typename)) throw invalid();
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice(colon + 1));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every((part) => typeof part === 'string')) throw invalid();
  return { typename: typename as NodeTypename, parts };
};

/** Decodes an id that must be of one type (an argument typed `ID` for a ticket, say). */
export const decodeGlobalIdOf = (globalId: string, typename: NodeTypename, arity: number): string[] => {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename || decoded.parts.length !== arity) {
    throw badInput(`"${globalId.slice(0, 80)}" is not the id of a ${typename}`);
  }
  return decoded.parts;
};
