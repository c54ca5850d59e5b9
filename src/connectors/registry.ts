import type { Connector, ConnectionSettings, ConnectorKind } from './connector.js';
import { deskConnectorKind } from './desk/index.js';
import { helpdeskConnectorKind } from './helpdesk/index.js';
import { plainConnectorKind } from './plain/index.js';
import { pylonConnectorKind } from './pylon/index.js';
import { restConnectorKind } from './rest/index.js';
import { zendeskConnectorKind } from './zendesk/index.js';

/** A connector kind with its config types erased, as the config loader and gateway hold it. */
export interface RegisteredConnectorKind {
  kind: string;
  credentialsSchema: ConnectorKind['credentialsSchema'];
  optionsSchema: ConnectorKind['optionsSchema'];
  create(settings: ConnectionSettings): Connector;
}

/** Sound because the config loader parses credentials and options with these very schemas. */
const register = <C, O>(kind: ConnectorKind<C, O>): RegisteredConnectorKind => ({
  kind: kind.kind,
  credentialsSchema: kind.credentialsSchema,
  optionsSchema: kind.optionsSchema,
  create: (settings) => kind.create(settings as ConnectionSettings<C, O>),
});

/** Every connector kind deskgraph speaks, by the `kind` a config file names. */
export const CONNECTOR_KINDS: ReadonlyMap<string, RegisteredConnectorKind> = new Map(
  [
    register(restConnectorKind),
    register(plainConnectorKind),
    register(zendeskConnectorKind),
    register(pylonConnectorKind),
    register(helpdeskConnectorKind),
    register(deskConnectorKind),
  ].map((kind) => [kind.kind, kind]),
);
