import type { Principal } from '../auth/principal.js';
import type { WorkspaceConfig } from '../config/load.js';
import type { DomainAgent, DomainContact, DomainMessage, DomainOrganization, DomainTag, DomainTeam, DomainTicket, DomainTicketField } from '../domain/types.js';
import type { LiveConnection } from '../runtime.js';
import { builder } from './builder.js';

/**
 * A person within a workspace. Known by email when one is known (the same person in several
 * helpdesks is one Contact), else by its one upstream record. Built from whatever the caller had at
 * hand; the rest is loaded on demand through the request's loaders.
 */
export interface ContactRef {
  workspaceId: string;
  /** Lower-cased email, when already known. */
  email?: string | null;
  /** The upstream record this reference came from. */
  record?: { connectionId: string; externalId: string };
  /** That record, when already loaded. */
  contact?: DomainContact;
  /** What a ticket said about the person (often only part of the record). */
  hint?: { name: string | null; email: string | null };
}

export interface AgentRef {
  connectionId: string;
  externalId: string;
  agent?: DomainAgent;
}

/**
 * Refs are declared here and implemented in one file per type, so types can refer to each other
 * without import cycles.
 */
export const TicketRef = builder.objectRef<DomainTicket>('Ticket');
export const HelpdeskTicketRef = builder.objectRef<DomainTicket>('HelpdeskTicket');
export const ContactObjectRef = builder.objectRef<ContactRef>('Contact');
export const AgentObjectRef = builder.objectRef<AgentRef>('Agent');
export const OrganizationRef = builder.objectRef<DomainOrganization>('Organization');
export const TagRef = builder.objectRef<DomainTag>('Tag');
export const TeamRef = builder.objectRef<DomainTeam>('Team');
export const TicketFieldRef = builder.objectRef<DomainTicketField>('TicketField');
export const MessageRef = builder.objectRef<DomainMessage>('Message');
export const HelpdeskRef = builder.objectRef<LiveConnection>('Helpdesk');
export const WorkspaceRef = builder.objectRef<WorkspaceConfig>('Workspace');
export const ViewerRef = builder.objectRef<Principal>('Viewer');
