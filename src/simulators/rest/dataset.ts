import { AGENT_NAMES, agentEmail, peopleFor } from '../people.js';
import { seededRandom, type Random } from '../random.js';

/**
 * The REST helpdesk's records as it stores them. Ticket references to customers and users are ids; the
 * routes render the embedded `customer`/`assignee` objects. Every timestamp is unique within its field
 * and collection (created_at among tickets, updated_at among tickets, …) so that ISO-timestamp keyset
 * cursors are exact.
 */

export const REST_STATUSES = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
export const REST_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const REST_CONVERSATION_TYPES = ['reply', 'note', 'system'] as const;
export const REST_ARTICLE_STATUSES = ['draft', 'published'] as const;
export const REST_CHANNELS = ['email', 'chat', 'web', 'phone'] as const;

export interface StoredTicket {
  id: string;
  subject: string;
  description: string;
  summary: string;
  status: string;
  priority: string;
  channel: string;
  customer_id: string;
  /** The email the ticket was filed under, kept when the customer record is deleted later. */
  customer_email: string;
  assignee_id: string | null;
  tags: string[];
  custom_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface StoredConversation {
  id: string;
  ticket_id: string;
  type: string;
  internal: boolean;
  content_text: string;
  author_type: 'user' | 'customer' | 'system';
  author_id: string | null;
  created_at: string;
}

export interface StoredCustomer {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  company: string | null;
  custom_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface StoredUser {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'agent';
  avatar_url: string | null;
  created_at: string;
}

export interface StoredTag {
  id: string;
  name: string;
  color: string;
  created_at: string;
}

export interface StoredArticle {
  id: string;
  title: string;
  body: string;
  collection_id: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface RestDataset {
  tickets: Map<string, StoredTicket>;
  conversations: Map<string, StoredConversation>;
  customers: Map<string, StoredCustomer>;
  users: Map<string, StoredUser>;
  tags: Map<string, StoredTag>;
  articles: Map<string, StoredArticle>;
  /** Next numeric suffix per id prefix, for records created through the API. */
  sequences: Record<'tkt' | 'conv' | 'cust' | 'tag' | 'art', number>;
}

export const REST_TICKET_COUNT = 300;
export const REST_AGENT_DOMAIN = 'rest-helpdesk.test';
const TAG_NAMES = ['billing', 'bug', 'feature-request', 'vip', 'refund', 'onboarding', 'integration', 'account', 'shipping', 'access'];
const TAG_COLORS = ['#e11d48', '#f97316', '#eab308', '#22c55e', '#06b6d4', '#3b82f6', '#8b5cf6', '#ec4899', '#64748b', '#14b8a6'];
const TOPICS = [
  ['Unable to log in', 'Login fails with the right password'],
  ['Refund request', 'Customer asks for a refund of the last invoice'],
  ['Door code not working', 'Keypad does not accept the code'],
  ['Invoice is wrong', 'The amount on the invoice does not match the plan'],
  ['Export to CSV fails', 'The export stops halfway'],
  ['How do I add a user?', 'Question about seats and invitations'],
  ['Webhook not firing', 'No webhook calls since yesterday'],
  ['Package never arrived', 'Tracking shows delivered but nothing came'],
  ['Change billing email', 'Wants invoices sent to a new address'],
  ['App crashes on start', 'Mobile app closes right after launch'],
  ['Feature request: dark mode', 'Asks for a dark theme'],
  ['Account locked', 'Too many attempts locked the account'],
] as const;

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
const EPOCH = Date.UTC(2025, 0, 1);

/** ISO 8601 without milliseconds when there are none, as the seed writes them (`2025-01-15T10:30:00Z`). */
export const isoStamp = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Hands out timestamps unique within one field: a taken one moves forward a second until free. */
const uniqueStamps = () => {
  const taken = new Set<number>();
  return (ms: number): string => {
    let at = Math.floor(ms / SECOND) * SECOND;
    while (taken.has(at)) at += SECOND;
    taken.add(at);
    return isoStamp(at);
  };
};

const weighted = (random: Random, items: readonly (readonly [string, number])[]): string => {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]?.[0] ?? '';
};

/** The deterministic dataset every start and `/_sim/reset` begins from. */
export const buildRestDataset = (): RestDataset => {
  const random = seededRandom(3003);

  const users = new Map<string, StoredUser>();
  AGENT_NAMES.forEach((name, i) => {
    const id = `user_${i + 1}`;
    users.set(id, {
      id,
      name,
      email: agentEmail(name, REST_AGENT_DOMAIN),
      role: i === 0 ? 'admin' : 'agent',
      avatar_url: i % 3 === 2 ? null : `https://${REST_AGENT_DOMAIN}/avatars/${id}.png`,
      created_at: isoStamp(EPOCH - 400 * DAY + i * DAY),
    });
  });
  const agentIds = [...users.keys()];

  const tags = new Map<string, StoredTag>();
  TAG_NAMES.forEach((name, i) => {
    const id = `tag_${i + 1}`;
    tags.set(id, { id, name, color: TAG_COLORS[i] ?? '#000000', created_at: isoStamp(EPOCH - 300 * DAY + i * HOUR) });
  });

  const customers = new Map<string, StoredCustomer>();
  const customerUpdated = uniqueStamps();
  peopleFor(0, 60).forEach((person, i) => {
    const id = `cust_${i + 1}`;
    const created = EPOCH - 200 * DAY + i * 3 * HOUR + random.int(0, 3599) * SECOND;
    customers.set(id, {
      id,
      email: person.email,
      name: person.name,
      phone: random.chance(0.8) ? person.phone : null,
      company: random.chance(0.9) ? person.company : null,
      custom_fields: random.chance(0.5) ? { plan: random.pick(['free', 'pro', 'enterprise']) } : {},
      created_at: isoStamp(created),
      updated_at: customerUpdated(created + random.int(0, 90) * DAY + random.int(0, 86_399) * SECOND),
    });
  });
  const customerList = [...customers.values()];

  const tickets = new Map<string, StoredTicket>();
  const conversations = new Map<string, StoredConversation>();
  const ticketUpdated = uniqueStamps();
  const conversationCreated = uniqueStamps();
  let conversationSeq = 0;
  for (let i = 0; i < REST_TICKET_COUNT; i++) {
    const id = `tkt_${i + 1}`;
    // Spaced two hours apart with a random offset inside the slot: unique and increasing with i.
    const created = EPOCH + i * 2 * HOUR + random.int(0, 7199) * SECOND;
    // Every customer files at least one ticket, so shared emails always have tickets here.
    const customer = i < customerList.length ? (customerList[i] as StoredCustomer) : random.pick(customerList);
    const [subject, summary] = random.pick(TOPICS);
    const status = weighted(random, [['new', 2], ['open', 5], ['pending', 3], ['on_hold', 1], ['resolved', 3], ['closed', 2]]);
    const assigneeId = status === 'new' || random.chance(0.15) ? null : random.pick(agentIds);

    let at = created;
    const messageCount = random.int(1, 5);
    for (let m = 0; m < messageCount; m++) {
      const convId = `conv_${++conversationSeq}`;
      const first = m === 0;
      const type = first ? 'reply' : weighted(random, [['reply', 6], ['note', 3], ['system', 1]]);
      const fromAgent = !first && type !== 'system' && (type === 'note' || random.chance(0.6));
      const authorAgent = assigneeId ?? random.pick(agentIds);
      const stamp = conversationCreated(at);
      conversations.set(convId, {
        id: convId,
        ticket_id: id,
        type,
        internal: type === 'note',
        content_text:
          type === 'system'
            ? `Status changed to ${status}`
            : first
              ? `${summary}. Can you help?`
              : fromAgent
                ? type === 'note'
                  ? `Internal: checked the account of ${customer.name}.`
                  : `Thanks ${customer.name.split(' ')[0]}, we are looking into it.`
                : 'Any update on this?',
        author_type: type === 'system' ? 'system' : fromAgent ? 'user' : 'customer',
        author_id: type === 'system' ? null : fromAgent ? authorAgent : customer.id,
        created_at: stamp,
      });
      at = Date.parse(stamp) + random.int(10, 600) * 60 * SECOND;
    }

    tickets.set(id, {
      id,
      subject: String(subject),
      description: `${summary}. Reported by ${customer.name}.`,
      summary: String(summary),
      status,
      priority: weighted(random, [['low', 3], ['medium', 5], ['high', 2], ['urgent', 1]]),
      channel: random.pick(REST_CHANNELS),
      customer_id: customer.id,
      customer_email: customer.email,
      assignee_id: assigneeId,
      tags: random.some(TAG_NAMES, 0.15).slice(0, 3),
      custom_fields: random.chance(0.4) ? { order_ref: `ORD-${10_000 + i}` } : {},
      created_at: isoStamp(created),
      updated_at: ticketUpdated(at + random.int(0, 2 * 86_399) * SECOND),
    });
  }

  const articles = new Map<string, StoredArticle>();
  const articleUpdated = uniqueStamps();
  for (let i = 0; i < 20; i++) {
    const id = `art_${i + 1}`;
    const [topic, summary] = TOPICS[i % TOPICS.length] as (typeof TOPICS)[number];
    const created = EPOCH - 100 * DAY + i * DAY;
    articles.set(id, {
      id,
      title: `How to: ${topic.toLowerCase()}`,
      body: `# ${topic}\n\n${summary}. Follow these steps to resolve it.`,
      collection_id: `col_${(i % 4) + 1}`,
      status: i % 5 === 4 ? 'draft' : 'published',
      created_at: isoStamp(created),
      updated_at: articleUpdated(created + random.int(0, 30) * DAY),
    });
  }

  return {
    tickets,
    conversations,
    customers,
    users,
    tags,
    articles,
    sequences: {
      tkt: tickets.size + 1,
      conv: conversationSeq + 1,
      cust: customers.size + 1,
      tag: tags.size + 1,
      art: articles.size + 1,
    },
  };
};
