import { AGENT_NAMES, PEOPLE_COUNT, agentEmail, peopleFor } from '../people.js';
import { seededRandom, type Random } from '../random.js';

/**
 * The Plain simulator's deterministic dataset: users (agents), customers (from the shared people, so
 * emails recur across simulators), label types, threads and their timelines. Plain's own shapes, in
 * storage form: the GraphQL resolvers in ./graphql.ts turn them into Plain's types.
 */

/** Which slice of the shared people Plain serves (see `peopleFor`). */
export const PLAIN_PEOPLE_INDEX = 3;
export const PLAIN_THREAD_COUNT = 300;
/** Every `LONG_TIMELINE_EVERY`-th thread has a long timeline, to page messages. */
export const LONG_TIMELINE_EVERY = 50;
export const LONG_TIMELINE_LENGTH = 45;

export type SimThreadStatus = 'TODO' | 'SNOOZED' | 'DONE';
export type SimStatusDetail =
  | 'ThreadStatusDetailCreated'
  | 'ThreadStatusDetailNewReply'
  | 'ThreadStatusDetailInProgress'
  | 'ThreadStatusDetailWaitingForCustomer'
  | 'ThreadStatusDetailWaitingForDuration'
  | 'ThreadStatusDetailIgnored'
  | 'ThreadStatusDetailDoneManuallySet'
  | 'ThreadStatusDetailDoneAutomaticallySet';

export interface SimUser {
  id: string;
  fullName: string;
  publicName: string;
  email: string;
  avatarUrl: string | null;
}

export interface SimMachineUser {
  id: string;
  fullName: string;
  publicName: string;
  type: 'API_USER' | 'AI_AGENT';
}

export interface SimCustomer {
  id: string;
  externalId: string | null;
  fullName: string;
  shortName: string;
  email: string;
  company: { id: string; name: string; domainName: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface SimLabelType {
  id: string;
  name: string;
}

export type SimAssignee = { kind: 'User' | 'MachineUser'; id: string } | { kind: 'System'; id: string };

export interface SimThread {
  id: string;
  ref: string;
  customerId: string;
  title: string;
  description: string | null;
  previewText: string | null;
  priority: number;
  externalId: string | null;
  status: SimThreadStatus;
  statusDetail: SimStatusDetail;
  statusChangedAt: string;
  /** Set when the detail is "waiting for duration". */
  waitingUntil: string | null;
  assignee: SimAssignee | null;
  labelTypeIds: string[];
  channel: 'EMAIL' | 'CHAT' | 'SLACK' | 'API';
  createdAt: string;
  updatedAt: string;
}

export type SimActor =
  | { kind: 'User'; userId: string }
  | { kind: 'Customer'; customerId: string }
  | { kind: 'MachineUser'; machineUserId: string }
  | { kind: 'System'; systemId: string };

export type SimEntry =
  | { kind: 'EMAIL'; emailId: string; subject: string; text: string; from: { name: string; email: string } }
  | { kind: 'CHAT'; chatId: string; text: string }
  | { kind: 'NOTE'; noteId: string; text: string }
  | { kind: 'SLACK_MESSAGE'; text: string }
  | { kind: 'CUSTOM'; externalId: string; title: string; type: string };

export interface SimAttachment {
  id: string;
  fileName: string;
  fileSizeBytes: number;
  fileExtension: string;
  fileMimeType: string;
}

export interface SimTimelineEntry {
  id: string;
  threadId: string;
  customerId: string;
  timestamp: string;
  actor: SimActor;
  entry: SimEntry;
  attachments: SimAttachment[];
}

/**
 * The files of a thread's first entry: every fourth thread (by its ref number) has a screenshot.
 * Derived from the ref, so the dataset's random draws stay as they were.
 */
const openingAttachments = (thread: SimThread): SimAttachment[] => {
  const number = Number(thread.ref.slice(2));
  return number % 4 === 0
    ? [{ id: `att_${thread.id.slice(3)}`, fileName: `screenshot-${thread.ref}.png`, fileSizeBytes: 51_200 + number, fileExtension: 'png', fileMimeType: 'image/png' }]
    : [];
};

export interface PlainDataset {
  users: SimUser[];
  machineUsers: SimMachineUser[];
  customers: SimCustomer[];
  labelTypes: SimLabelType[];
  /** In creation order. */
  threads: SimThread[];
  /** Per thread id, oldest first (ties by id). */
  timelines: Map<string, SimTimelineEntry[]>;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A Plain-style id (`th_01…`): a prefix and 26 ULID characters, drawn from the seeded generator. */
const plainId = (random: Random, prefix: string): string =>
  `${prefix}_01${Array.from({ length: 24 }, () => CROCKFORD[random.int(0, 31)]).join('')}`;

const SUBJECTS = [
  'Cannot log in after password reset',
  'Invoice shows the wrong VAT number',
  'Export to CSV times out',
  'Feature request: dark mode',
  'Webhook deliveries are delayed',
  'Refund for a double charge',
  'How do I invite my team?',
  'API returns 500 on large payloads',
  'Calendar sync stopped working',
  'Question about the enterprise plan',
  'Mobile app crashes on launch',
  'Cannot change the billing email',
  'Data import stuck at 80%',
  'SSO configuration help',
  'Notifications arrive twice',
];

const REPLIES = [
  'Thanks for reaching out, we are looking into it.',
  'Could you send us a screenshot of the error?',
  'This should be fixed now, can you try again?',
  'I have escalated this to our engineering team.',
  'Here is a link to the relevant help article.',
];

const CUSTOMER_FOLLOW_UPS = [
  'Still seeing the problem, unfortunately.',
  'Attached the screenshot you asked for.',
  'That worked, thank you!',
  'Any update on this?',
];

const NOTES = ['Customer is on the enterprise plan.', 'Possibly related to last week\'s incident.', 'Checked the logs, nothing obvious.'];

const LABELS = ['bug', 'billing', 'feature-request', 'onboarding', 'refund', 'vip'];

const BASE_TIME = Date.UTC(2025, 0, 6, 9, 0, 0);
const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const statusFor = (random: Random): { status: SimThreadStatus; detail: SimStatusDetail } => {
  const roll = random.next();
  if (roll < 0.4) return { status: 'TODO', detail: random.pick(['ThreadStatusDetailCreated', 'ThreadStatusDetailNewReply', 'ThreadStatusDetailInProgress'] as const) };
  if (roll < 0.6) return { status: 'SNOOZED', detail: random.pick(['ThreadStatusDetailWaitingForCustomer', 'ThreadStatusDetailWaitingForDuration'] as const) };
  return { status: 'DONE', detail: random.pick(['ThreadStatusDetailDoneManuallySet', 'ThreadStatusDetailDoneAutomaticallySet', 'ThreadStatusDetailIgnored'] as const) };
};

const timelineFor = (
  random: Random,
  thread: SimThread,
  customer: SimCustomer,
  users: readonly SimUser[],
  machineUsers: readonly SimMachineUser[],
  length: number,
): SimTimelineEntry[] => {
  const entries: SimTimelineEntry[] = [];
  let at = Date.parse(thread.createdAt);
  const agentId = thread.assignee?.kind === 'User' ? thread.assignee.id : random.pick(users).id;
  // A thread assigned to a machine user (a bot) gets its replies from that bot.
  const bot = thread.assignee?.kind === 'MachineUser' ? machineUsers.find((m) => m.id === thread.assignee?.id) : undefined;
  const teamActor: SimActor = bot ? { kind: 'MachineUser', machineUserId: bot.id } : { kind: 'User', userId: agentId };
  for (let i = 0; i < length; i++) {
    const base = { id: plainId(random, 'te'), threadId: thread.id, customerId: customer.id, timestamp: iso(at) };
    const fromCustomer = i === 0 || random.chance(0.45);
    if (i > 0 && random.chance(0.12)) {
      entries.push({ ...base, actor: { kind: 'User', userId: agentId }, entry: { kind: 'NOTE', noteId: plainId(random, 'note'), text: random.pick(NOTES) }, attachments: [] });
    } else if (i > 0 && random.chance(0.06)) {
      entries.push({
        ...base,
        actor: { kind: 'System', systemId: 'system' },
        entry: { kind: 'CUSTOM', externalId: `evt-${i}`, title: 'Order status changed', type: 'order' },
        attachments: [],
      });
    } else {
      const text = i === 0 ? (thread.description ?? thread.title) : fromCustomer ? random.pick(CUSTOMER_FOLLOW_UPS) : random.pick(REPLIES);
      const actor: SimActor = fromCustomer ? { kind: 'Customer', customerId: customer.id } : teamActor;
      const author = fromCustomer ? customer : bot ? { fullName: bot.fullName, email: 'bot@plain.example.com' } : users.find((u) => u.id === agentId);
      const entry: SimEntry =
        thread.channel === 'EMAIL'
          ? { kind: 'EMAIL', emailId: plainId(random, 'em'), subject: thread.title, text, from: { name: author?.fullName ?? '', email: author?.email ?? '' } }
          : thread.channel === 'SLACK'
            ? { kind: 'SLACK_MESSAGE', text }
            : { kind: 'CHAT', chatId: plainId(random, 'chat'), text };
      entries.push({ ...base, actor, entry, attachments: i === 0 ? openingAttachments(thread) : [] });
    }
    // Every 7th entry shares its timestamp with the previous one, to exercise tie-breaking by id.
    if ((i + 1) % 7 !== 0) at += random.int(5, 600) * MINUTE;
  }
  // Stored in the order Plain serves them: by time, then by id.
  return entries.sort((a, b) => (a.timestamp === b.timestamp ? (a.id < b.id ? -1 : 1) : a.timestamp < b.timestamp ? -1 : 1));
};

export const buildPlainDataset = (): PlainDataset => {
  const random = seededRandom(0x91a1f);
  const users: SimUser[] = AGENT_NAMES.map((name) => ({
    id: plainId(random, 'u'),
    fullName: name,
    publicName: name.split(' ')[0] ?? name,
    email: agentEmail(name, 'plain.example.com'),
    avatarUrl: null,
  }));
  const machineUsers: SimMachineUser[] = [{ id: plainId(random, 'mu'), fullName: 'Triage Bot', publicName: 'Triage', type: 'AI_AGENT' }];
  const customers: SimCustomer[] = peopleFor(PLAIN_PEOPLE_INDEX, PEOPLE_COUNT).map((person, i) => {
    const createdAt = iso(BASE_TIME - (200 - i) * 24 * 60 * MINUTE);
    const domain = `${person.company.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`;
    return {
      id: plainId(random, 'c'),
      externalId: random.chance(0.5) ? `crm-${1000 + i}` : null,
      fullName: person.name,
      shortName: person.name.split(' ')[0] ?? person.name,
      email: person.email,
      company: random.chance(0.8) ? { id: plainId(random, 'co'), name: person.company, domainName: domain } : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const labelTypes: SimLabelType[] = LABELS.map((name) => ({ id: plainId(random, 'lt'), name }));

  const threads: SimThread[] = [];
  const timelines = new Map<string, SimTimelineEntry[]>();
  let created = BASE_TIME;
  for (let i = 0; i < PLAIN_THREAD_COUNT; i++) {
    // Every 15th thread shares its creation time with the previous one (ties sort by id).
    if (i % 15 !== 14) created += random.int(20, 300) * MINUTE;
    const customer = random.chance(0.35) ? random.pick(customers.slice(0, 12)) : random.pick(customers);
    const { status, detail } = statusFor(random);
    const assigneeRoll = random.next();
    const assignee: SimAssignee | null =
      assigneeRoll < 0.7
        ? { kind: 'User', id: random.pick(users).id }
        : assigneeRoll < 0.78
          ? { kind: 'MachineUser', id: machineUsers[0]?.id ?? '' }
          : assigneeRoll < 0.8
            ? { kind: 'System', id: 'system' }
            : null;
    const title = random.pick(SUBJECTS);
    const description = random.chance(0.8) ? `${title}${/[.?!]$/.test(title) ? '' : '.'} ${random.pick(CUSTOMER_FOLLOW_UPS)}` : null;
    const updated = created + random.int(10, 14 * 24 * 60) * MINUTE;
    const statusChanged = created + Math.floor((updated - created) * random.next());
    const thread: SimThread = {
      id: plainId(random, 'th'),
      ref: `T-${1001 + i}`,
      customerId: customer.id,
      title,
      description,
      previewText: null,
      priority: random.pick([0, 1, 1, 2, 2, 2, 2, 3, 3]),
      externalId: random.chance(0.2) ? `ext-${i}` : null,
      status,
      statusDetail: detail,
      statusChangedAt: iso(statusChanged),
      waitingUntil: detail === 'ThreadStatusDetailWaitingForDuration' ? iso(updated + 3 * 24 * 60 * MINUTE) : null,
      assignee,
      labelTypeIds: random.some(labelTypes, 0.2).map((label) => label.id),
      channel: random.pick(['EMAIL', 'EMAIL', 'CHAT', 'SLACK', 'API'] as const),
      createdAt: iso(created),
      updatedAt: iso(updated),
    };
    const length = i % LONG_TIMELINE_EVERY === 0 ? LONG_TIMELINE_LENGTH : random.int(1, 8);
    const timeline = timelineFor(random, thread, customer, users, machineUsers, length);
    const lastText = [...timeline].reverse().find((e) => e.entry.kind !== 'CUSTOM' && e.entry.kind !== 'NOTE');
    thread.previewText = lastText && 'text' in lastText.entry ? lastText.entry.text.slice(0, 120) : null;
    threads.push(thread);
    timelines.set(thread.id, timeline);
  }
  return { users, machineUsers, customers, labelTypes, threads, timelines };
};
