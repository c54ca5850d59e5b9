import type { WorkspaceConfig } from '../config/load.js';
import type { GatewayContext } from '../context.js';
import { badInput, GatewayError } from '../domain/errors.js';
import { tryDecodeGlobalId } from '../domain/global-id.js';
import type { LiveConnection } from '../runtime.js';

/**
 * Tenancy checks. A token reads only its workspaces: whatever names a connection or workspace
 * outside them (an argument or a global id) is refused with FORBIDDEN, never answered with data.
 */

const forbidden = (what: string): GatewayError => new GatewayError('FORBIDDEN', `this token cannot read ${what}`);

export const assertWorkspace = (context: GatewayContext, workspaceId: string, what: string): void => {
  if (!context.principal.workspaceIds.has(workspaceId)) throw forbidden(what);
};

/**
 * The config id an argument names: it takes a config id (`acme-zendesk`) or the global id of that
 * object. Decoding does not throw, since most arguments are config ids (this runs on every list).
 */
export const configIdOf = (value: string, typename: 'Helpdesk' | 'Workspace'): string => {
  const decoded = tryDecodeGlobalId(value);
  return decoded?.typename === typename && decoded.parts.length === 1 ? (decoded.parts[0] as string) : value;
};

export const connectionFor = (context: GatewayContext, connectionId: string): LiveConnection => {
  const id = configIdOf(connectionId, 'Helpdesk');
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
  const id = configIdOf(workspaceId, 'Workspace');
  const workspace = context.runtime.workspace(id);
  if (!workspace) throw badInput(`unknown workspace "${id.slice(0, 80)}"`);
  assertWorkspace(context, id, `workspace "${id}"`);
  return workspace;
};
