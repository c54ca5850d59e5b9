import { AGENT_NAMES, agentEmail, peopleFor } from '../people.js';
import { seededRandom } from '../random.js';

/**
 * The Zendesk simulator's account: end-users drawn from the shared people (simulator index 1), the
 * shared agents, tickets with comments. Ids are bigints because Zendesk ids are int64: one agent and
 * one ticket have ids above 2^53, which a client parsing JSON numbers as floats would round.
 * Optional fields that have no value are left out, as Zendesk does (its OAS forbids null on most).
 */

export type Role = 'end-user' | 'agent' | 'admin';

export interface SimUser {
  id: bigint;
  name: string;
  email: string;
  role: Role;
  phone?: string;
  photo?: { content_url: string; content_type: string; file_name: string; id: bigint; size: number };
  active: boolean;
  verified: boolean;
  /** An end-user's organization (its company), when it has one. */
  organization_id?: bigint;
  created_at: string;
  updated_at: string;
}

export interface SimOrganization {
  id: bigint;
  name: string;
  domain_names: string[];
  created_at: string;
  updated_at: string;
}

export interface SimTicket {
  id: bigint;
  subject: string;
  raw_subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  /** The account's custom status (each category has one: the account uses custom statuses). */
  custom_status_id: number;
  /** The id another system gave the ticket, on some (absent otherwise, as the OAS forbids null). */
  external_id?: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  type?: 'question' | 'incident' | 'problem' | 'task';
  requester_id: bigint;
  submitter_id: bigint;
  assignee_id?: bigint;
  group_id?: bigint;
  collaborator_ids: bigint[];
  tags: string[];
  custom_fields: { id: bigint; value: unknown }[];
  via: { channel: string; source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: null } };
  is_public: boolean;
  has_incidents: boolean;
  created_at: string;
  updated_at: string;
}

export interface SimAttachment {
  id: bigint;
  file_name: string;
  content_type: string;
  content_url: string;
  size: number;
  inline: boolean;
  deleted: boolean;
  thumbnails: never[];
}

/**
 * The files of a ticket's first comment: every fifth ticket carries a screenshot, every tenth a PDF
 * too. Derived from the position alone, so the rest of the dataset draws the same random numbers.
 */
const firstCommentAttachments = (ticketIndex: number, commentId: bigint): SimAttachment[] => {
  const files: [string, string, number][] = [];
  if (ticketIndex % 5 === 0) files.push([`screenshot-${ticketIndex}.png`, 'image/png', 48_213 + ticketIndex]);
  if (ticketIndex % 10 === 0) files.push([`booking-${1000 + ticketIndex}.pdf`, 'application/pdf', 120_400 + ticketIndex]);
  return files.map(([file_name, content_type, size], n) => {
    const id = commentId * 10n + BigInt(n);
    return {
      id,
      file_name,
      content_type,
      content_url: `https://deskgraph-demo.zendesk.com/attachments/token/${id}/?name=${file_name}`,
      size,
      inline: false,
      deleted: false,
      thumbnails: [],
    };
  });
};

export interface SimComment {
  id: bigint;
  ticket_id: bigint;
  type: 'Comment';
  author_id: bigint;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: SimAttachment[];
  audit_id: bigint;
  via: { channel: string; source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: null } };
  created_at: string;
}

export interface ZendeskDataset {
  users: SimUser[];
  organizations: SimOrganization[];
  tickets: SimTicket[];
  comments: SimComment[];
}

export const ZENDESK_SIM_INDEX = 1;
export const ZENDESK_TICKET_COUNT = 300;
export const ZENDESK_CUSTOMER_COUNT = 48;
/** Above Number.MAX_SAFE_INTEGER (9007199254740991): JSON.parse would read 9007199254740992. */
export const BIG_TICKET_ID = 9007199254740993n;
export const BIG_AGENT_ID = 9007199254740995n;
/** Custom ticket fields: a text field, a checkbox and a multi-select, as accounts type them. */
export const CUSTOM_FIELD_IDS = { bookingReference: 360010000001n, vip: 360010000002n, amenities: 360010000003n } as const;
export const GROUP_IDS = [360000100001n, 360000100002n, 360000100003n] as const;
/** The account's groups, one per id tickets are routed to. */
export const ZENDESK_GROUPS = GROUP_IDS.map((id, i) => ({
  id,
  name: ['Front desk', 'Billing', 'Maintenance'][i] ?? `Group ${i + 1}`,
  description: '',
  default: i === 0,
  deleted: false,
  is_public: true,
  created_at: '2023-01-02T00:00:00Z',
  updated_at: '2023-01-02T00:00:00Z',
}));

const NOW = Date.parse('2026-04-20T12:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const SUBJECTS = [
  'Unable to access door code',
  'Wifi password not working',
  'Refund for cancelled booking',
  'Late check-out request',
  'Invoice address change',
  'Heating not working',
  'Parking instructions',
  'Double charge on card',
  'Lost key card',
  'Noise complaint',
  'Booking dates change',
  'Cleaning fee question',
];
const TAGS = ['billing', 'access', 'refund', 'wifi', 'checkin', 'vip', 'maintenance', 'feedback'];
const CHANNELS = ['email', 'email', 'email', 'web', 'web', 'api', 'chat', 'native_messaging', 'voice'];
/** One custom status per category, as an account that has turned custom statuses on has. */
export const ZENDESK_CUSTOM_STATUS_IDS: Readonly<Record<SimTicket['status'], number>> = {
  new: 35436001,
  open: 35436002,
  pending: 35436003,
  hold: 35436004,
  solved: 35436005,
  closed: 35436006,
};
const STATUSES: SimTicket['status'][] = ['new', 'open', 'open', 'open', 'pending', 'pending', 'hold', 'solved', 'solved', 'closed'];
const PRIORITIES: SimTicket['priority'][] = [undefined, 'low', 'normal', 'normal', 'high', 'urgent'];
const TYPES: SimTicket['type'][] = [undefined, 'question', 'question', 'incident', 'problem', 'task'];
const AMENITIES = ['parking', 'breakfast', 'late_checkout', 'crib'];

/** The account's ticket fields: the system ones every account has, then the three custom ones tickets carry. */
export const ZENDESK_TICKET_FIELDS = [
  { id: 360000000001n, type: 'subject', title: 'Subject', required: true, position: 1 },
  { id: 360000000002n, type: 'description', title: 'Description', required: true, position: 2 },
  { id: 360000000003n, type: 'status', title: 'Status', required: false, position: 3 },
  { id: 360000000004n, type: 'tickettype', title: 'Type', required: false, position: 4 },
  { id: 360000000005n, type: 'priority', title: 'Priority', required: false, position: 5 },
  { id: 360000000006n, type: 'group', title: 'Group', required: false, position: 6 },
  { id: 360000000007n, type: 'assignee', title: 'Assignee', required: true, position: 7 },
  { id: CUSTOM_FIELD_IDS.bookingReference, type: 'text', title: 'Booking reference', required: false, position: 8, description: 'The guest’s booking number (BK-…).' },
  { id: CUSTOM_FIELD_IDS.vip, type: 'checkbox', title: 'VIP guest', required: false, position: 9, tag: 'vip_guest' },
  {
    id: CUSTOM_FIELD_IDS.amenities,
    type: 'multiselect',
    title: 'Amenities',
    required: false,
    position: 10,
    custom_field_options: AMENITIES.map((value, i) => ({ id: 360000200001n + BigInt(i), name: value.replace('_', ' '), raw_name: value, value, position: i, default: false })),
  },
].map((field) => ({ active: true, description: '', removable: field.id > 360000000007n, created_at: '2024-01-10T09:00:00Z', updated_at: '2024-01-10T09:00:00Z', ...field }));

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const buildZendeskDataset = (): ZendeskDataset => {
  const random = seededRandom(1_000_003);
  const users: SimUser[] = [];
  const agents: SimUser[] = AGENT_NAMES.map((name, i) => {
    const id = i === AGENT_NAMES.length - 1 ? BIG_AGENT_ID : 361000000001n + BigInt(i);
    const created = iso(NOW - 900 * DAY + i * DAY);
    return {
      id,
      name,
      email: agentEmail(name, 'deskgraph-demo.zendesk.com'),
      role: i === 0 ? 'admin' : 'agent',
      photo: {
        id: 362000000001n + BigInt(i),
        file_name: 'avatar.png',
        content_type: 'image/png',
        content_url: `https://deskgraph-demo.zendesk.com/system/photos/${id}/avatar.png`,
        size: 4096,
      },
      active: true,
      verified: true,
      created_at: created,
      updated_at: created,
    };
  });
  const people = peopleFor(ZENDESK_SIM_INDEX, ZENDESK_CUSTOMER_COUNT);
  // One organization per company the customers name, in order of first mention (no random draws, so
  // the rest of the dataset is what it was before organizations existed).
  const organizations: SimOrganization[] = [...new Set(people.map((person) => person.company))].map((company, i) => {
    const created = iso(NOW - 1000 * DAY + i * DAY);
    return {
      id: 391000000001n + BigInt(i),
      name: company,
      domain_names: [`${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`],
      created_at: created,
      updated_at: created,
    };
  });
  const organizationOf = (company: string): bigint | undefined => organizations.find((organization) => organization.name === company)?.id;
  const customers: SimUser[] = people.map((person, i) => {
    const created = iso(NOW - 400 * DAY + i * 3 * DAY);
    return {
      id: 372000000001n + BigInt(i),
      name: person.name,
      email: person.email,
      role: 'end-user',
      ...(random.chance(0.7) ? { phone: person.phone } : {}),
      active: true,
      verified: random.chance(0.8),
      ...(organizationOf(person.company) === undefined ? {} : { organization_id: organizationOf(person.company) }),
      created_at: created,
      updated_at: created,
    };
  });
  users.push(...agents, ...customers);

  // Creation times first, so that ids follow creation order as Zendesk assigns them.
  const createdTimes = Array.from({ length: ZENDESK_TICKET_COUNT }, () => NOW - random.int(1, 180 * 24 * 60) * MINUTE).sort((a, b) => a - b);
  const tickets: SimTicket[] = [];
  const comments: SimComment[] = [];
  let commentId = 380000000001n;
  createdTimes.forEach((createdMs, i) => {
    const id = i === createdTimes.length - 1 ? BIG_TICKET_ID : BigInt(i + 1);
    // A few tickets are filed by agents on a guest's behalf (internal requests): requesters can be agents.
    const requester = random.chance(0.04) ? random.pick(agents) : random.pick(customers);
    const status = random.pick(STATUSES);
    const assignee = status === 'new' ? undefined : random.pick(agents);
    const priority = random.pick(PRIORITIES);
    const type = random.pick(TYPES);
    const channel = random.pick(CHANNELS);
    const subject = random.pick(SUBJECTS);
    const description = `${subject}. Booking ${1000 + i}: please help, ${requester.name.split(' ')[0]} here.`;
    const via: SimTicket['via'] = { channel, source: { from: {}, to: {}, rel: null } };
    const commentCount = random.int(1, 6);
    const updatedMs = createdMs + random.int(0, Math.min(20 * 24 * 60, (NOW - createdMs) / MINUTE)) * MINUTE;
    const step = commentCount > 1 ? Math.floor((updatedMs - createdMs) / (commentCount - 1)) : 0;
    for (let c = 0; c < commentCount; c++) {
      const fromAgent = c > 0 && (assignee !== undefined || random.chance(0.5)) && random.chance(0.7);
      const author = c === 0 ? requester : fromAgent ? (assignee ?? random.pick(agents)) : requester;
      const isPublic = !(fromAgent && random.chance(0.3));
      const body =
        c === 0
          ? description
          : fromAgent
            ? isPublic
              ? `Thanks ${requester.name.split(' ')[0]}, we are looking into "${subject}".`
              : `Internal: checked booking ${1000 + i}, waiting on the property manager.`
            : `Any update on this? (${c})`;
      comments.push({
        id: commentId,
        ticket_id: id,
        type: 'Comment',
        author_id: author.id,
        body,
        html_body: `<div class="zd-comment" dir="auto"><p dir="auto">${escapeHtml(body)}</p></div>`,
        plain_body: body,
        public: isPublic,
        attachments: c === 0 ? firstCommentAttachments(i, commentId) : [],
        audit_id: commentId + 500000000n,
        via,
        created_at: iso(createdMs + c * step),
      });
      commentId++;
    }
    tickets.push({
      id,
      subject,
      raw_subject: subject,
      description,
      status,
      custom_status_id: ZENDESK_CUSTOM_STATUS_IDS[status],
      ...(i % 5 === 0 ? { external_id: `crm-${8000 + i}` } : {}),
      ...(priority ? { priority } : {}),
      ...(type ? { type } : {}),
      requester_id: requester.id,
      submitter_id: requester.id,
      ...(assignee ? { assignee_id: assignee.id, group_id: random.pick(GROUP_IDS) } : {}),
      collaborator_ids: [],
      tags: random.some(TAGS, 0.2),
      custom_fields: [
        { id: CUSTOM_FIELD_IDS.bookingReference, value: random.chance(0.8) ? `BK-${1000 + i}` : null },
        { id: CUSTOM_FIELD_IDS.vip, value: random.chance(0.15) },
        { id: CUSTOM_FIELD_IDS.amenities, value: random.some(AMENITIES, 0.3) },
      ],
      via,
      is_public: true,
      has_incidents: false,
      created_at: iso(createdMs),
      updated_at: iso(updatedMs),
    });
  });
  return { users, organizations, tickets, comments };
};
