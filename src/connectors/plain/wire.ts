import { z } from 'zod';

/**
 * Zod schemas of what Plain answers to the connector's documents. Loose objects (unknown fields are
 * kept, Plain adds fields freely), strict on every field we map. Enums Plain may extend (status,
 * channel) are read as strings and normalised in map.ts. Union members we do not select come back
 * as `{ __typename }` only and are read as `{ __typename: 'Unknown', typename }`.
 *
 * client.ts proves at compile time, at every call, that these schemas accept every response the
 * codegen types of the document describe (see `PlainClient.request`).
 */

const dateTime = z.looseObject({ iso8601: z.iso.datetime({ offset: true }) });

/** A union member we did not select: kept by name, never confused with a member we did select. */
const otherMember = (known: readonly string[]) =>
  z
    .looseObject({ __typename: z.string().refine((name) => !known.includes(name), 'a known member failed validation') })
    .transform((value) => ({ __typename: 'Unknown' as const, typename: value.__typename }));

export const plainCustomerSchema = z.looseObject({
  id: z.string().min(1),
  externalId: z.string().nullable(),
  fullName: z.string(),
  email: z.looseObject({ email: z.string() }),
  company: z.looseObject({ id: z.string().min(1), name: z.string() }).nullable(),
  createdAt: dateTime,
});
export type PlainCustomer = z.output<typeof plainCustomerSchema>;

export const plainUserSchema = z.looseObject({
  id: z.string().min(1),
  fullName: z.string(),
  email: z.string(),
  avatarUrl: z.string().nullable(),
});
export type PlainUser = z.output<typeof plainUserSchema>;

/** `type` is API_USER or AI_AGENT today; read as a string, as Plain may add kinds. */
export const plainMachineUserSchema = z.looseObject({ id: z.string().min(1), fullName: z.string(), type: z.string() });
export type PlainMachineUser = z.output<typeof plainMachineUserSchema>;

const assigneeSchema = z.union([
  plainUserSchema.extend({ __typename: z.literal('User') }),
  plainMachineUserSchema.extend({ __typename: z.literal('MachineUser') }),
  z.looseObject({ __typename: z.literal('System'), id: z.string() }),
  otherMember(['User', 'MachineUser', 'System']),
]);

const messageInfo = z.looseObject({ timestamp: dateTime }).nullable();

export const plainThreadSchema = z.looseObject({
  id: z.string().min(1),
  ref: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  previewText: z.string().nullable(),
  priority: z.number().int(),
  externalId: z.string().nullable(),
  status: z.string(),
  statusDetail: z.looseObject({ __typename: z.string() }).nullable(),
  channel: z.string(),
  customer: plainCustomerSchema,
  assignedTo: assigneeSchema.nullable(),
  labels: z.array(z.looseObject({ labelType: z.looseObject({ id: z.string(), name: z.string() }) })),
  createdAt: dateTime,
  updatedAt: dateTime,
  lastInboundMessageInfo: messageInfo,
  lastOutboundMessageInfo: messageInfo,
});
export type PlainThread = z.output<typeof plainThreadSchema>;

const pageInfo = z.looseObject({ hasNextPage: z.boolean(), hasPreviousPage: z.boolean() });

const connection = <T extends z.ZodType>(node: T) =>
  z.looseObject({ pageInfo, edges: z.array(z.looseObject({ cursor: z.string(), node })) });

export const listThreadsData = z.looseObject({
  threads: connection(plainThreadSchema).extend({ totalCount: z.number().int().min(0) }),
});

export const threadsByIdsData = z.looseObject({
  threads: z.looseObject({ edges: z.array(z.looseObject({ node: plainThreadSchema })) }),
});

const actorSchema = z.union([
  z.looseObject({ __typename: z.literal('UserActor'), user: plainUserSchema }),
  z.looseObject({
    __typename: z.literal('CustomerActor'),
    customer: z.looseObject({ id: z.string(), fullName: z.string(), email: z.looseObject({ email: z.string() }) }),
  }),
  z.looseObject({ __typename: z.literal('DeletedCustomerActor'), customerId: z.string() }),
  z.looseObject({ __typename: z.literal('MachineUserActor'), machineUser: plainMachineUserSchema }),
  z.looseObject({ __typename: z.literal('SystemActor'), systemId: z.string() }),
  otherMember(['UserActor', 'CustomerActor', 'DeletedCustomerActor', 'MachineUserActor', 'SystemActor']),
]);
export type PlainActor = z.output<typeof actorSchema>;

/** `Attachment`: every kind of entry carries its files (their download link needs a mutation). */
const attachmentsSchema = z.array(
  z.looseObject({ id: z.string(), fileName: z.string(), fileSize: z.looseObject({ bytes: z.number().int().nonnegative() }), fileMimeType: z.string() }),
);
export type PlainAttachment = z.output<typeof attachmentsSchema>[number];

const entrySchema = z.union([
  z.looseObject({
    __typename: z.literal('EmailEntry'),
    emailId: z.string(),
    subject: z.string().nullable(),
    textContent: z.string().nullable(),
    markdownContent: z.string().nullable(),
    attachments: attachmentsSchema,
  }),
  z.looseObject({ __typename: z.literal('ChatEntry'), chatId: z.string(), chatText: z.string().nullable(), attachments: attachmentsSchema }),
  z.looseObject({ __typename: z.literal('NoteEntry'), noteId: z.string(), text: z.string(), markdown: z.string().nullable(), attachments: attachmentsSchema }),
  z.looseObject({ __typename: z.literal('SlackMessageEntry'), text: z.string(), attachments: attachmentsSchema }),
  z.looseObject({ __typename: z.literal('SlackReplyEntry'), text: z.string(), attachments: attachmentsSchema }),
  z.looseObject({ __typename: z.literal('CustomEntry'), title: z.string(), type: z.string().nullable(), attachments: attachmentsSchema }),
  otherMember(['EmailEntry', 'ChatEntry', 'NoteEntry', 'SlackMessageEntry', 'SlackReplyEntry', 'CustomEntry']),
]);

export const plainTimelineEntrySchema = z.looseObject({
  id: z.string().min(1),
  threadId: z.string(),
  timestamp: dateTime,
  actor: actorSchema,
  entry: entrySchema,
});
export type PlainTimelineEntry = z.output<typeof plainTimelineEntrySchema>;

export const threadTimelineData = z.looseObject({
  thread: z.looseObject({ id: z.string(), timelineEntries: connection(plainTimelineEntrySchema) }).nullable(),
});

export const customerByEmailData = z.looseObject({ customerByEmail: plainCustomerSchema.nullable() });

export const listCustomersData = z.looseObject({
  customers: connection(plainCustomerSchema).extend({ totalCount: z.number().int().min(0) }),
});

export const plainCompanySchema = z.looseObject({ id: z.string().min(1), name: z.string(), domainName: z.string() });
export type PlainCompany = z.output<typeof plainCompanySchema>;
export const listCompaniesData = z.looseObject({ companies: connection(plainCompanySchema) });
export const companiesBatchData = z.record(z.string(), plainCompanySchema.nullable());

export const listUsersData = z.looseObject({ users: connection(plainUserSchema) });
export const listMachineUsersData = z.looseObject({ machineUsers: connection(plainMachineUserSchema) });

export const searchCustomersData = z.looseObject({ searchCustomers: connection(plainCustomerSchema) });

export const customersBatchData = z.record(z.string(), plainCustomerSchema.nullable());
export const usersBatchData = z.record(z.string(), plainUserSchema.nullable());
export const machineUsersBatchData = z.record(z.string(), plainMachineUserSchema.nullable());

export const plainMutationErrorSchema = z.looseObject({
  message: z.string(),
  type: z.string(),
  code: z.string(),
  fields: z.array(z.looseObject({ field: z.string(), message: z.string(), type: z.string() })),
});
export type PlainMutationError = z.output<typeof plainMutationErrorSchema>;

export const markThreadAsDoneData = z.looseObject({
  markThreadAsDone: z.looseObject({ thread: plainThreadSchema.nullable(), error: plainMutationErrorSchema.nullable() }),
});

const threadOutput = z.looseObject({ thread: plainThreadSchema.nullable(), error: plainMutationErrorSchema.nullable() });
const errorOutput = z.looseObject({ error: plainMutationErrorSchema.nullable() });

export const createThreadData = z.looseObject({ createThread: threadOutput });
export const markThreadAsTodoData = z.looseObject({ markThreadAsTodo: threadOutput });
export const snoozeThreadData = z.looseObject({ snoozeThread: threadOutput });
export const changeThreadPriorityData = z.looseObject({ changeThreadPriority: threadOutput });
export const assignThreadData = z.looseObject({ assignThread: threadOutput });
export const unassignThreadData = z.looseObject({ unassignThread: threadOutput });
export const replyToThreadData = z.looseObject({ replyToThread: errorOutput });
export const createNoteData = z.looseObject({
  createNote: z.looseObject({ note: z.looseObject({ id: z.string() }).nullable(), error: plainMutationErrorSchema.nullable() }),
});
export const upsertCustomerData = z.looseObject({
  upsertCustomer: z.looseObject({ result: z.string().nullable(), customer: plainCustomerSchema.nullable(), error: plainMutationErrorSchema.nullable() }),
});
export const deleteCustomerData = z.looseObject({ deleteCustomer: errorOutput });

/** The GraphQL response envelope: `data` is validated per document, `errors` here. */
export const graphqlEnvelope = z.looseObject({
  data: z.unknown().optional(),
  errors: z
    .array(
      z.looseObject({
        message: z.string().optional(),
        extensions: z.looseObject({ code: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});
