import { AGENT_NAMES, caseVariant, peopleFor } from '../people.js';
import { seededRandom } from '../random.js';

/**
 * The Helpdesk API's tickets (seed 001) as the simulator stores them: camelCase, requesters given by
 * email and name only (the API has no customer resource), agents by id only. Every timestamp is
 * unique within its field, so the listing's order is total.
 */

export const HELPDESK_STATUSES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export const HELPDESK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const HELPDESK_TYPES = ['question', 'incident', 'problem', 'task'] as const;

export interface HelpdeskStoredTicket {
  id: string;
  subject: string;
  status: string;
  priority: string;
  type: string;
  assigneeId: string | null;
  requesterEmail: string;
  requesterName: string;
  tags: string[];
  customFields: { id: string; value: unknown }[];
  createdAt: string;
  updatedAt: string;
}

/** A ticket as the API answers it (a copy, so later writes do not change an answer already given). */
export const renderHelpdeskTicket = (ticket: HelpdeskStoredTicket): unknown => ({
  ...ticket,
  tags: [...ticket.tags],
  customFields: ticket.customFields.map((field) => ({ ...field })),
});

export interface HelpdeskDataset {
  tickets: Map<string, HelpdeskStoredTicket>;
}

export const HELPDESK_TICKET_COUNT = 240;
/** The shared person whose address this helpdesk stores in other letter case. */
export const HELPDESK_CASE_VARIANT_PERSON = 1;
export const HELPDESK_AGENT_IDS: readonly string[] = AGENT_NAMES.map((_, i) => `usr_${(0xa1b2 + i * 7919).toString(36)}`);

const SUBJECTS = ['Cannot log in', 'Refund for last invoice', 'Key box code missing', 'Export stuck at 50%', 'Add a second admin', 'Webhook retries', 'Wrong VAT on invoice', 'Check-in instructions', 'API token expired', 'Calendar sync broken'];
const TAGS = ['billing', 'urgent', 'access', 'integration', 'vip', 'mobile', 'escalated'];
const PLANS = ['Free', 'Pro', 'Enterprise'];

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const EPOCH = Date.UTC(2025, 2, 1);

/** The deterministic dataset every start and `/_sim/reset` begins from. */
export const buildHelpdeskDataset = (): HelpdeskDataset => {
  const random = seededRandom(1001);
  const people = peopleFor(4, 50).map((person, i) => (i === HELPDESK_CASE_VARIANT_PERSON ? { ...person, email: caseVariant(person.email) } : person));
  const tickets = new Map<string, HelpdeskStoredTicket>();
  const updated = new Set<number>();
  for (let i = 0; i < HELPDESK_TICKET_COUNT; i++) {
    const id = `tkt_${(0x10000 + i * 104_729).toString(36)}`;
    const created = EPOCH + i * 3 * HOUR + random.int(0, 3 * 3600 - 1) * SECOND;
    let touched = Math.floor((created + random.int(0, 10 * 24 * 3600) * SECOND) / SECOND) * SECOND;
    while (updated.has(touched)) touched += SECOND;
    updated.add(touched);
    // Every person files at least one ticket, so shared emails always have tickets here.
    const person = i < people.length ? people[i]! : random.pick(people);
    const status = random.pick(HELPDESK_STATUSES);
    const customFields: { id: string; value: unknown }[] = [];
    if (random.chance(0.5)) customFields.push({ id: 'cf_plan', value: random.pick(PLANS) });
    if (random.chance(0.3)) customFields.push({ id: 'cf_seats', value: random.int(1, 250) });
    if (random.chance(0.3)) customFields.push({ id: 'cf_sla_breached', value: random.chance(0.5) });
    if (random.chance(0.2)) customFields.push({ id: 'cf_products', value: random.some(['app', 'api', 'widget'], 0.6) });
    if (random.chance(0.1)) customFields.push({ id: 'cf_legacy', value: null });
    tickets.set(id, {
      id,
      subject: random.pick(SUBJECTS),
      status,
      priority: random.pick(HELPDESK_PRIORITIES),
      type: random.pick(HELPDESK_TYPES),
      assigneeId: status === 'new' || random.chance(0.2) ? null : random.pick(HELPDESK_AGENT_IDS),
      requesterEmail: person.email,
      requesterName: person.name,
      tags: random.some(TAGS, 0.2).slice(0, 3),
      customFields,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(touched).toISOString(),
    });
  }
  return { tickets };
};
