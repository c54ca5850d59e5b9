import type { DomainTicket, TicketPriority, TicketStatus } from '../../domain/types.js';
import type { TicketChanges } from '../../domain/writes.js';
import type { Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { fieldsByName, invalidField, nullWhenNotFound, rejectingWrite } from '../writes.js';
import type { DeskClient, DeskRef, DeskTicketChanges } from './client.js';
import { deskKnownStatus, deskPriorityToDomain } from './map.js';
import type { DeskNamed, DeskTicketOne } from './wire.js';

/**
 * Teamwork Desk v2's ticket writes: `PATCH /tickets/{id}.json` (only the properties given change;
 * status, priority and agent by the id of their record) and `DELETE /tickets/{id}.json`. Not built
 * yet: creating a ticket (Desk's needs an inbox, a source and a customer record our createTicket does
 * not name), replies and notes (they answer messages this connector does not read), customer writes.
 */
export const DESK_WRITES: WriteCapabilities = {
  operations: ['updateTicket', 'closeTicket', 'deleteTicket'],
  ticketChanges: ['subject', 'status', 'priority', 'assigneeId'],
  // No body is written; this bounds what the gateway takes.
  maxBodyLength: 65_536,
};

/** Validator `errors` keys → our input fields. */
const INPUT_NAMES: Readonly<Record<string, readonly string[]>> = {
  subject: ['subject'],
  status: ['status'],
  priority: ['priority'],
  agent: ['assigneeId'],
};

/** The validator body `{errors: {field: [message]}}`. */
const deskFields = (body: unknown) => fieldsByName((body as { errors?: unknown } | null)?.errors, INPUT_NAMES);

export interface DeskTables {
  statuses(): Promise<DeskNamed[]>;
  priorities(): Promise<DeskNamed[]>;
}

export const deskWrites = (
  client: DeskClient,
  tables: DeskTables,
  toTicket: (answer: DeskTicketOne) => DomainTicket,
): Pick<Required<ConnectorWrites>, 'updateTicket' | 'deleteTicket'> & Required<Pick<Connector, 'closeTicket'>> => {
  const write = <T>(call: () => Promise<T>): Promise<T> => rejectingWrite(call, deskFields);

  /** The first record of the account's table whose name means `wanted` (tables are ordered by id). */
  const rowFor = async <T>(rows: Promise<DeskNamed[]>, meaning: (name: string) => T | null, wanted: T, field: string): Promise<DeskRef> => {
    const row = (await rows).find((candidate) => meaning(candidate.name) === wanted);
    if (!row) throw invalidField(field, `this Desk account has no ${field} that means ${String(wanted)}`);
    return { id: row.id };
  };
  const statusRef = (status: TicketStatus) => rowFor(tables.statuses(), deskKnownStatus, status, 'status');
  const priorityRef = (priority: TicketPriority) => rowFor(tables.priorities(), deskPriorityToDomain, priority, 'priority');

  const agentRef = (assigneeId: string | null): DeskRef => {
    if (assigneeId === null) return null;
    if (!/^\d{1,15}$/.test(assigneeId)) throw invalidField('assigneeId', 'is not a Desk user id');
    return { id: Number(assigneeId) };
  };

  const changesBody = async (changes: TicketChanges): Promise<DeskTicketChanges> => ({
    subject: changes.subject,
    status: changes.status === undefined ? undefined : await statusRef(changes.status),
    priority: changes.priority === undefined ? undefined : await priorityRef(changes.priority),
    agent: changes.assigneeId === undefined ? undefined : agentRef(changes.assigneeId),
  });

  return {
    updateTicket: async (id, changes) => {
      const body = await changesBody(changes);
      return toTicket(await write(() => client.updateTicket(id, body)));
    },
    closeTicket: async (id) => {
      const body = { status: await statusRef('CLOSED') };
      return nullWhenNotFound(async () => toTicket(await write(() => client.updateTicket(id, body))));
    },
    deleteTicket: (id) => write(() => client.deleteTicket(id)),
  };
};
