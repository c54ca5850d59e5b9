import { connectionFor } from '../../auth/access.js';
import { type Connector, type UpstreamList } from '../../connectors/connector.js';
import type { Page, PageRequest } from '../../pagination/page.js';
import type { GatewayContext } from '../../context.js';
import { GatewayError } from '../../domain/errors.js';
import { cursorScope } from '../../pagination/cursor.js';
import type { RelayArgs } from '../../pagination/page-args.js';
import { readPageArgs, relayConnectionOf, type RelayConnection } from '../../pagination/relay.js';

type ListMethod<T> = (page: PageRequest) => Promise<Page<T>>;

/**
 * One page of a connection's list besides tickets (agents, organizations, tags…): CAPABILITY_UNSUPPORTED
 * before any upstream call when the connection has no such list, else the connector's page with its
 * cursors scoped to this list and connection.
 */
export const readUpstreamList = async <T>(
  context: GatewayContext,
  connectionId: string,
  list: UpstreamList,
  args: RelayArgs,
  method: (connector: Connector) => ListMethod<T> | undefined,
): Promise<RelayConnection<T>> => {
  const live = connectionFor(context, connectionId);
  const read = method(live.connector);
  if (!read) {
    throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${live.settings.id} (${live.settings.kind}) has no ${list.toLowerCase()} list`, {
      connectionId: live.settings.id,
    });
  }
  const scope = cursorScope(`list:${list}`, { connection: live.settings.id });
  const { request } = readPageArgs(args, scope);
  return relayConnectionOf(await read.call(live.connector, request), scope);
};
