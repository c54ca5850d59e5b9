import { AGENT_NAMES, agentEmail, caseVariant, peopleFor } from '../people.js';
import { seededRandom } from '../random.js';

/**
 * The Desk API's records (seed 002, the Teamwork Desk v2 shape) as the simulator stores them: integer
 * ids, tickets pointing at their customer, agent, status, priority, source, type, inbox, company and
 * tags by id. Statuses and priorities are records with names, including custom ones. Every ticket
 * timestamp is unique within its field.
 */

export interface Named {
  id: number;
  name: string;
}

export interface DeskStoredTicket {
  id: number;
  subject: string;
  previewText: string;
  status: number;
  priority: number | null;
  source: number;
  type: number | null;
  inbox: number;
  customer: number;
  agent: number | null;
  company: number | null;
  tags: number[];
  state: 'active';
  createdAt: string;
  updatedAt: string;
}

export interface DeskStoredCustomer {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  company: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeskStoredUser {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  avatarURL: string | null;
  role: 'admin' | 'agent';
  createdAt: string;
}

export interface DeskDataset {
  tickets: Map<number, DeskStoredTicket>;
  customers: Map<number, DeskStoredCustomer>;
  users: Map<number, DeskStoredUser>;
  ticketstatuses: Named[];
  ticketpriorities: Named[];
  tickettypes: Named[];
  ticketsources: Named[];
  inboxes: (Named & { email: string })[];
  companies: Named[];
  tags: (Named & { color: string })[];
}

export const DESK_TICKET_COUNT = 260;
export const DESK_AGENT_DOMAIN = 'desk.test';
/** The shared person whose address this helpdesk stores in other letter case. */
export const DESK_CASE_VARIANT_PERSON = 2;

/** Teamwork's defaults, plus one custom status and one custom priority whose names map to nothing. */
export const DESK_STATUSES: readonly Named[] = [
  { id: 1, name: 'New' },
  { id: 2, name: 'Active' },
  { id: 3, name: 'Waiting on customer' },
  { id: 4, name: 'On-hold' },
  { id: 5, name: 'Solved' },
  { id: 6, name: 'Closed' },
  { id: 7, name: 'Escalated to vendor' },
];
export const DESK_PRIORITIES: readonly Named[] = [
  { id: 1, name: 'Low' },
  { id: 2, name: 'Medium' },
  { id: 3, name: 'High' },
  { id: 4, name: 'Urgent' },
  { id: 5, name: 'P0 outage' },
];
const TYPES: readonly Named[] = [
  { id: 1, name: 'Question' },
  { id: 2, name: 'Problem' },
  { id: 3, name: 'Incident' },
];
export const DESK_SOURCES: readonly Named[] = [
  { id: 1, name: 'Email' },
  { id: 2, name: 'Chat' },
  { id: 3, name: 'Phone' },
  { id: 4, name: 'Web form' },
];
const TAGS = ['billing', 'bug', 'vip', 'refund', 'onboarding', 'access', 'mobile', 'api'];
const SUBJECTS = ['Booking not confirmed', 'Card declined', 'Wifi password', 'Cancel my plan', 'Invite a colleague', 'Sync keeps failing', 'Receipt missing', 'Late checkout'];

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
const EPOCH = Date.UTC(2025, 1, 1);

export const buildDeskDataset = (): DeskDataset => {
  const random = seededRandom(2002);
  const users = new Map<number, DeskStoredUser>();
  AGENT_NAMES.forEach((name, i) => {
    const [firstName = name, ...last] = name.split(' ');
    users.set(101 + i, {
      id: 101 + i,
      firstName,
      lastName: last.join(' '),
      email: agentEmail(name, DESK_AGENT_DOMAIN),
      avatarURL: i % 3 === 1 ? null : `https://${DESK_AGENT_DOMAIN}/avatars/${101 + i}.png`,
      role: i === 0 ? 'admin' : 'agent',
      createdAt: new Date(EPOCH - 300 * DAY + i * DAY).toISOString(),
    });
  });
  const people = peopleFor(5, 55);
  const companies = [...new Set(people.map((person) => person.company))].map((name, i) => ({ id: 301 + i, name }));
  const customers = new Map<number, DeskStoredCustomer>();
  people.forEach((person, i) => {
    const [firstName = person.name, ...last] = person.name.split(' ');
    const created = EPOCH - 200 * DAY + i * 5 * HOUR + random.int(0, 3599) * SECOND;
    customers.set(1001 + i, {
      id: 1001 + i,
      firstName,
      lastName: last.join(' '),
      email: i === DESK_CASE_VARIANT_PERSON ? caseVariant(person.email) : person.email,
      phone: random.chance(0.7) ? person.phone : null,
      company: random.chance(0.8) ? (companies.find((company) => company.name === person.company)?.id ?? null) : null,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + random.int(1, 60) * DAY).toISOString(),
    });
  });
  const customerList = [...customers.values()];
  const agentIds = [...users.keys()];
  const tags = TAGS.map((name, i) => ({ id: 401 + i, name, color: `#${(0x224466 + i * 0x151515).toString(16).slice(-6)}` }));
  const tickets = new Map<number, DeskStoredTicket>();
  const updated = new Set<number>();
  for (let i = 0; i < DESK_TICKET_COUNT; i++) {
    const id = 5001 + i;
    const created = EPOCH + i * 2 * HOUR + random.int(0, 7199) * SECOND;
    let touched = Math.floor((created + random.int(0, 12 * 24 * 3600) * SECOND) / SECOND) * SECOND;
    while (updated.has(touched)) touched += SECOND;
    updated.add(touched);
    // Every customer files at least one ticket, so shared emails always have tickets here.
    const customer = i < customerList.length ? customerList[i]! : random.pick(customerList);
    const status = random.pick(DESK_STATUSES).id;
    const subject = random.pick(SUBJECTS);
    tickets.set(id, {
      id,
      subject,
      previewText: `${subject}: ${customer.firstName} wrote in about it.`,
      status,
      priority: random.chance(0.1) ? null : random.pick(DESK_PRIORITIES).id,
      source: random.pick(DESK_SOURCES).id,
      type: random.chance(0.2) ? null : random.pick(TYPES).id,
      inbox: random.chance(0.7) ? 1 : 2,
      customer: customer.id,
      agent: status === 1 || random.chance(0.15) ? null : random.pick(agentIds),
      company: customer.company,
      tags: random.some(tags, 0.2).slice(0, 3).map((tag) => tag.id),
      state: 'active',
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(touched).toISOString(),
    });
  }
  return {
    tickets,
    customers,
    users,
    ticketstatuses: DESK_STATUSES.map((status) => ({ ...status })),
    ticketpriorities: DESK_PRIORITIES.map((priority) => ({ ...priority })),
    tickettypes: TYPES.map((type) => ({ ...type })),
    ticketsources: DESK_SOURCES.map((source) => ({ ...source })),
    inboxes: [
      { id: 1, name: 'Support', email: 'support@desk.test' },
      { id: 2, name: 'Billing', email: 'billing@desk.test' },
    ],
    companies,
    tags,
  };
};
