import { badInput } from './errors.js';

/**
 * Opaque global ids: base64url of `Typename:["part", …]`. The parts name the record exactly (its
 * connection and upstream id, or a workspace and an email), so resolving an id never needs a lookup
 * table, and every resolution can check the caller's workspaces first.
 */
export const NODE_TYPENAMES = ['Ticket', 'HelpdeskTicket', 'Contact', 'Agent', 'Organization', 'Tag', 'Team', 'TicketField', 'Message', 'Helpdesk', 'Workspace'] as const;
export type NodeTypename = (typeof NODE_TYPENAMES)[number];

export interface DecodedGlobalId {
  typename: NodeTypename;
  parts: string[];
}

export const encodeGlobalId = (typename: string, id: string | number | bigint): string =>
  Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');

/** The `id` Pothos passes to `encodeGlobalId` for a record named by these parts. */
export const idParts = (...parts: string[]): string => JSON.stringify(parts);

/** The parts of a global id, or undefined when `globalId` is not one (a config id, say); never throws. */
export const tryDecodeGlobalId = (globalId: string): DecodedGlobalId | undefined => {
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return undefined;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  if (colon < 0 || !(NODE_TYPENAMES as readonly string[]).includes(typename)) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice(colon + 1));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every((part) => typeof part === 'string')) return undefined;
  return { typename: typename as NodeTypename, parts };
};

export const decodeGlobalId = (globalId: string): DecodedGlobalId => {
  const decoded = tryDecodeGlobalId(globalId);
  if (!decoded) throw badInput(`"${globalId.slice(0, 80)}" is not a valid deskgraph id`);
  return decoded;
};

/** Decodes an id that must be of one type (an argument typed `ID` for a ticket, say). */
export const decodeGlobalIdOf = (globalId: string, typename: NodeTypename, arity: number): string[] => {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename || decoded.parts.length !== arity) {
    throw badInput(`"${globalId.slice(0, 80)}" is not the id of a ${typename}`);
  }
  return decoded.parts;
};
