import type { WorkspaceConfig } from '../config/load.js';
import type { GatewayContext } from '../context.js';
import { badInput, GatewayError } from '../domain/errors.js';
import { decodeGlobalId } from '../domain/global-id.js';
import type { LiveConnection } from '../runtime.js';

/**
 * Tenancy checks. A token reads only its workspaces: whatever names a connection or workspace
 * outside them (an argument or a global id) is refused with FORBIDDEN, never answered with data.
 */

const forbidden = (what: string): GatewayError => new GatewayError('FORBIDDEN', `this token cannot read ${what}`);

export const assertWorkspace = (context: GatewayContext, workspaceId: string, what: string): void => {
  if (!context.principal.workspaceIds.has(workspaceId)) throw forbidden(what);
};

/** An argument that takes a config id (`acme-zendesk`) or the global id of that object. */
const plainId = (value: string, typename: 'Helpdesk' | 'Workspace'): string => {
  try {
    const decoded = decodeGlobalId(value);
    if (decoded.typename === typename && decoded.parts.length === 1) return decoded.parts[0] as string;
  } catch {
    // not a global id: a config id
  }
  return value;
};

export const connectionFor = (context: GatewayContext, connectionId: string): LiveConnection => {
  const id = plainId(connectionId, 'Helpdesk');
  const live = context.runtime.connection(id);
  if (!live) throw badInput(`unknown connection "${id.slice(0, 80)}"`);
  assertWorkspace(context, live.settings.workspaceId, `connection "${id}"`);
  return live;
};

/** The workspace an argument names, or the token's only workspace when it names none. */
export const workspaceFor = (context: GatewayContext, workspaceId: string | null | undefined): WorkspaceConfig => {
  if (workspaceId === null || workspaceId === undefined) {
    const [only, ...others] = context.principal.workspaceIds;
    if (only === undefined || others.length > 0) {
      throw badInput('this token covers several workspaces: pass `workspaceId`');
    }
    return context.runtime.workspace(only) as WorkspaceConfig;
  }
  const id = plainId(workspaceId, 'Workspace');
  const workspace = context.runtime.workspace(id);
  if (!workspace) throw badInput(`unknown workspace "${id.slice(0, 80)}"`);
  assertWorkspace(context, id, `workspace "${id}"`);
  return workspace;
};
