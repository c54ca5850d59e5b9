import { AGENT_NAMES, agentEmail, peopleFor } from '../people.js';
import { seededRandom, type Random } from '../random.js';

/**
 * The Pylon simulator's dataset, shaped like the OpenAPI schemas (`Issue`, `Contact`, `User`,
 * `Message`). Empty fields are left out, as Pylon's Go encoder does. Timestamps are relative to
 * `now` (the newest issue is recent) and everything else follows from the seed.
 */

export interface SimRef {
  id: string;
  email?: string;
}

export interface SimCustomField {
  slug: string;
  value?: string;
  values?: string[];
}

export interface SimIssue {
  id: string;
  number: number;
  title: string;
  body_html: string;
  state: string;
  type: 'conversation' | 'ticket';
  source: string;
  account?: { id: string };
  requester?: SimRef;
  assignee?: SimRef;
  team?: { id: string };
  tags: string[];
  custom_fields: Record<string, SimCustomField>;
  created_at: string;
  updated_at: string;
  latest_message_time: string;
  link: string;
}

export interface SimContact {
  id: string;
  name: string;
  email: string;
  emails: string[];
  phone_numbers: string[];
  primary_phone_number: string;
  account: { id: string };
  custom_fields: Record<string, SimCustomField>;
}

export interface SimUser {
  id: string;
  name: string;
  email: string;
  emails: string[];
  avatar_url: string;
  role_id: string;
  status: string;
}

export interface SimMessage {
  id: string;
  message_html: string;
  is_private: boolean;
  timestamp: string;
  source: string;
  /** Pylon's files are bare links; only the first message of some issues has them. */
  file_urls?: string[];
  author: { name: string; avatar_url?: string; contact?: SimRef; user?: SimRef };
}

/** Every fourth issue's opening message carries a screenshot; derived from the index, so no random draw moves. */
const openingFiles = (index: number, message: number): Pick<SimMessage, 'file_urls'> =>
  message === 0 && index % 4 === 0 ? { file_urls: [`https://assets.usepylon.com/deskgraph-demo/issue-${index + 1}/screen%20shot.png`] } : {};

export interface PylonDataset {
  now: number;
  users: SimUser[];
  contacts: SimContact[];
  accounts: SimAccount[];
  /** The organization's tags: every word issues carry. */
  tags: SimTag[];
  teams: { id: string; name: string; users: { id: string; email: string }[] }[];
  /** In creation order (issue number order). */
  issues: SimIssue[];
  messages: Map<string, SimMessage[]>;
  issueStatuses: readonly SimIssueStatus[];
  /** Custom field slugs an issue search may filter on. */
  issueFieldSlugs: readonly string[];
}

export interface PylonDataOptions {
  seed?: number;
  issueCount?: number;
  /** How far back issues go. */
  spanDays?: number;
  /** The instant the dataset is relative to; default: when it is built. */
  now?: number;
  /** created_at is rounded down to this many ms, so that several issues share one instant. Default 1000. */
  grainMs?: number;
  /** Exact ages (ms before `now`) of the issues, instead of `issueCount` random ones: for edge cases. */
  createdAgoMs?: readonly number[];
}

export const PYLON_PEOPLE_INDEX = 2;
export const PYLON_CONTACT_COUNT = 48;
export const PYLON_AGENT_DOMAIN = 'pylon-demo.dev';
export interface SimTag {
  id: string;
  value: string;
  object_type: string;
  hex_color: string;
}

export interface SimAccount {
  id: string;
  name: string;
  domains: string[];
  primary_domain: string;
  created_at: string;
}

/** A custom status slug (Pylon accounts define their own). */
export const PYLON_CUSTOM_STATE = 'investigating';

export interface SimIssueStatus {
  slug: string;
  label: string;
  category: string;
  is_default_status: boolean;
  is_archived: boolean;
}

const builtIn = (slug: string, label: string): SimIssueStatus => ({ slug, label, category: slug, is_default_status: true, is_archived: false });
const custom = (slug: string, label: string, category: string): SimIssueStatus => ({ slug, label, category, is_default_status: false, is_archived: false });

/** `GET /issue-statuses`: the five built-in states, and a custom state in each of their categories. */
export const PYLON_ISSUE_STATUSES: readonly SimIssueStatus[] = [
  builtIn('new', 'New'),
  builtIn('waiting_on_you', 'Waiting on you'),
  builtIn('waiting_on_customer', 'Waiting on customer'),
  builtIn('on_hold', 'On hold'),
  builtIn('closed', 'Closed'),
  custom('triage', 'Triage', 'new'),
  custom(PYLON_CUSTOM_STATE, 'Investigating', 'waiting_on_you'),
  custom('awaiting_logs', 'Awaiting logs', 'waiting_on_customer'),
  custom('blocked_by_vendor', 'Blocked by vendor', 'on_hold'),
  custom('duplicate', 'Duplicate', 'closed'),
];

/** The contact (by index) that carries a second address, and that address. */
export const PYLON_TWO_EMAIL_CONTACT = 1;
export const secondEmail = (email: string): string => `${email.split('@')[0] ?? 'someone'}.home@example.org`;

const DAY = 24 * 60 * 60 * 1000;
const STATES = [
  'new',
  'waiting_on_you',
  'waiting_on_you',
  'waiting_on_customer',
  'on_hold',
  'closed',
  'closed',
  'closed',
  ...PYLON_ISSUE_STATUSES.filter((status) => !status.is_default_status).map((status) => status.slug),
];
const SOURCES = ['slack', 'slack', 'slack', 'email', 'email', 'chat_widget', 'form', 'manual', 'microsoft_teams'];
const TAGS = ['billing', 'bug', 'onboarding', 'feature-request', 'integration', 'sso'];
const PRIORITIES = ['urgent', 'high', 'medium', 'medium', 'low'];
const REGIONS = ['amer', 'emea', 'apac'];
const PRODUCTS = ['api', 'dashboard', 'slack-app', 'billing'];
const SUBJECTS = [
  'Webhook deliveries are delayed',
  'Cannot invite a teammate',
  'Question about our invoice',
  'SSO login loops back to the start',
  'Export to CSV is missing columns',
  'Slack app stopped posting updates',
  'How do we rotate an API key?',
  'Dashboard shows stale numbers',
  'Feature request: bulk edit',
  'Usage limits reached early',
];

/** Pylon ids are UUIDs; these are deterministic ones. */
const uuid = (random: Random): string => {
  const hex = (n: number): string => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.int(0, 3)]}${hex(3)}-${hex(12)}`;
};

/** RFC 3339 as Go prints it: fractional seconds only when there are some. */
export const simTime = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

export const buildPylonDataset = (options: PylonDataOptions = {}): PylonDataset => {
  const random = seededRandom(options.seed ?? 2026);
  const grain = options.grainMs ?? 1000;
  const now = Math.floor((options.now ?? Date.now()) / grain) * grain;
  const span = (options.spanDays ?? 200) * DAY;

  const users: SimUser[] = AGENT_NAMES.map((name) => {
    const email = agentEmail(name, PYLON_AGENT_DOMAIN);
    return { id: uuid(random), name, email, emails: [email], avatar_url: `https://avatars.example.com/${encodeURIComponent(email)}.png`, role_id: uuid(random), status: 'active' };
  });
  const people = peopleFor(PYLON_PEOPLE_INDEX, PYLON_CONTACT_COUNT);
  const accounts = [...new Set(people.map((person) => person.company))].map((name, i): SimAccount => {
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`;
    return { id: uuid(random), name, domains: [domain], primary_domain: domain, created_at: new Date(now - span - (i + 1) * DAY).toISOString() };
  });
  const accountOf = (company: string): { id: string } => ({ id: (accounts.find((a) => a.name === company) ?? accounts[0])?.id ?? '' });
  const contacts: SimContact[] = people.map((person, index) => ({
    id: uuid(random),
    name: person.name,
    email: person.email,
    // One person also writes from a second address: a contact record with two emails.
    emails: index === PYLON_TWO_EMAIL_CONTACT ? [person.email, secondEmail(person.email)] : [person.email],
    phone_numbers: [person.phone],
    primary_phone_number: person.phone,
    account: accountOf(person.company),
    custom_fields: {},
  }));
  const teams = [uuid(random), uuid(random)];

  // Skewed toward the recent past, like a growing team's inbox; never in the future.
  const ages = options.createdAgoMs ?? Array.from({ length: options.issueCount ?? 320 }, () => Math.min(span, Math.max(Math.floor(span * random.next() ** 1.3), 60_000)));
  const created = ages.map((ago) => Math.floor((now - Math.max(0, ago)) / grain) * grain).sort((a, b) => a - b);

  const messages = new Map<string, SimMessage[]>();
  const issues: SimIssue[] = created.map((createdAt, index) => {
    const id = uuid(random);
    const contact = random.pick(contacts);
    const assignee = random.chance(0.75) ? random.pick(users) : undefined;
    const subject = random.pick(SUBJECTS);
    const source = random.pick(SOURCES);
    const customFields: Record<string, SimCustomField> = { region: { slug: 'region', value: random.pick(REGIONS) } };
    if (random.chance(0.85)) customFields['priority'] = { slug: 'priority', value: random.pick(PRIORITIES) };
    if (random.chance(0.3)) customFields['products'] = { slug: 'products', values: random.some(PRODUCTS, 0.5) };

    const thread: SimMessage[] = [];
    let at = createdAt;
    const count = random.int(1, 5);
    for (let m = 0; m < count; m++) {
      const fromAgent = m > 0 && assignee !== undefined && random.chance(0.6);
      const isPrivate = fromAgent && random.chance(0.3);
      const author = fromAgent && assignee
        ? { name: assignee.name, avatar_url: assignee.avatar_url, user: { id: assignee.id, email: assignee.email } }
        : { name: contact.name, contact: { id: contact.id, email: contact.email } };
      thread.push({
        id: uuid(random),
        message_html: isPrivate
          ? `<p>Internal: checking this with the ${random.pick(PRODUCTS)} team.</p>`
          : fromAgent
            ? `<p>Thanks ${contact.name.split(' ')[0] ?? ''}, we are looking into it &amp; will update you.</p>`
            : `<p>${subject}.<br>Could you help?</p>`,
        is_private: isPrivate,
        timestamp: simTime(at),
        source,
        ...openingFiles(index, m),
        author,
      });
      at = Math.min(now, at + random.int(5, 48 * 60) * 60_000);
    }
    messages.set(id, thread);
    const lastMessage = thread[thread.length - 1]?.timestamp ?? simTime(createdAt);

    return {
      id,
      number: index + 1,
      title: subject,
      body_html: `<p>${subject}.</p><p>Reported by ${contact.name} via ${source}.</p>`,
      state: random.pick(STATES),
      type: random.chance(0.8) ? 'conversation' : 'ticket',
      source,
      account: contact.account,
      requester: { id: contact.id, email: contact.email },
      ...(assignee ? { assignee: { id: assignee.id, email: assignee.email } } : {}),
      ...(random.chance(0.6) ? { team: { id: random.pick(teams) } } : {}),
      tags: random.some(TAGS, 0.25),
      custom_fields: customFields,
      created_at: simTime(createdAt),
      updated_at: lastMessage,
      latest_message_time: lastMessage,
      link: `https://app.usepylon.com/issues?issueNumber=${index + 1}`,
    };
  });

  // Fixed ids (no random draws, so the rest of the dataset is unchanged).
  const tags = TAGS.map((value, i): SimTag => ({ id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, value, object_type: 'issue', hex_color: '#4f46e5' }));
  const teamRecords = teams.map((id, i) => ({ id, name: ['Support', 'Customer Success'][i] ?? `Team ${i + 1}`, users: [] }));
  return { now, users, contacts, accounts, tags, teams: teamRecords, issues, messages, issueStatuses: PYLON_ISSUE_STATUSES, issueFieldSlugs: ['priority', 'region', 'products'] };
};
