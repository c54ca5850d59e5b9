import { ARTICLE_STATUSES, type DomainArticle } from '../../../domain/catalog.js';
import type { WriteOperation } from '../../../domain/writes.js';
import type { GatewayContext } from '../../../context.js';
import type { LiveConnection } from '../../../runtime.js';
import { builder } from '../../builder.js';
import type { DomainTag } from '../../../domain/types.js';
import { TagRef } from '../../refs.js';
import { COST } from '../../cost.js';
import { InputCheck, runWrite, writableConnection, type PreparedWrite } from '../../resolve/writes.js';
import { MutationPayloadRef, mutationInputFields, payloadOf, type PayloadSource } from './payload.js';

/**
 * Tags and knowledge-base articles, where a helpdesk keeps them (the REST helpdesk, seed 003). They are
 * addressed by connection and the upstream's own id; other kinds answer a CapabilityError.
 */

const LIMITS = { tagName: 100, title: 1_000, body: 200_000, collectionId: 200 } as const;
const COLOR = /^#[0-9a-fA-F]{6}$/;

const ArticleStatusEnum = builder.enumType('ArticleStatus', { values: ARTICLE_STATUSES });

const ArticleRef = builder.objectRef<DomainArticle>('Article').implement({
  description: 'A knowledge-base article.',
  fields: (t) => ({
    connectionId: t.exposeString('connectionId', { nullable: false }),
    externalId: t.exposeString('externalId', { nullable: false }),
    title: t.exposeString('title', { nullable: false }),
    body: t.exposeString('body', { nullable: false }),
    collectionId: t.exposeString('collectionId', { nullable: false }),
    status: t.field({ type: ArticleStatusEnum, nullable: true, resolve: (article) => article.status }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (article) => article.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (article) => article.updatedAt }),
  }),
});

const TagPayload = builder.objectRef<PayloadSource<DomainTag>>('TagPayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({ tag: t.field({ type: TagRef, nullable: true, resolve: (payload) => payload.result }) }),
});
const ArticlePayload = builder.objectRef<PayloadSource<DomainArticle>>('ArticlePayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({ article: t.field({ type: ArticleRef, nullable: true, resolve: (payload) => payload.result }) }),
});
const DeletionPayload = builder.objectRef<PayloadSource<string>>('CatalogDeletionPayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({ deletedExternalId: t.string({ nullable: true, resolve: (payload) => payload.result }) }),
});

const TagInput = builder.inputType('TagInput', {
  description: 'createTag needs `name`; updateTag changes the fields given of the tag `externalId`.',
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    externalId: t.string({ description: 'The tag to change (updateTag).' }),
    name: t.string(),
    color: t.string({ description: '`#rrggbb`.' }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

const ArticleInput = builder.inputType('ArticleInput', {
  description: 'createArticle needs title, body and collectionId; updateArticle changes the fields given of the article `externalId`.',
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    externalId: t.string({ description: 'The article to change (updateArticle).' }),
    title: t.string(),
    body: t.string(),
    collectionId: t.string(),
    status: t.field({ type: ArticleStatusEnum }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

const CatalogDeleteInput = builder.inputType('CatalogDeleteInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    externalId: t.string({ required: true }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

/** The prepared write of a catalog mutation: its connection, after the input's checks. */
const prepared = <T>(
  context: GatewayContext,
  connectionId: string | number,
  operation: WriteOperation,
  check: (input: InputCheck) => void,
  perform: (live: LiveConnection) => Promise<T>,
): PreparedWrite<T> => {
  const live = writableConnection(context, String(connectionId), ['connectionId']);
  const inputCheck = new InputCheck();
  check(inputCheck);
  inputCheck.done();
  return { live, operation, perform: () => perform(live) };
};

const checkTag = (check: InputCheck, input: typeof TagInput.$inferInput, creating: boolean): void => {
  if (!creating) check.text(['externalId'], input.externalId, 200);
  check.text(['name'], input.name, LIMITS.tagName, creating);
  if (input.color != null && !COLOR.test(input.color)) check.add(['color'], 'must be #rrggbb');
};

const checkArticle = (check: InputCheck, input: typeof ArticleInput.$inferInput, creating: boolean): void => {
  if (!creating) check.text(['externalId'], input.externalId, 200);
  check.text(['title'], input.title, LIMITS.title, creating);
  check.text(['body'], input.body, LIMITS.body, creating);
  check.text(['collectionId'], input.collectionId, LIMITS.collectionId, creating);
};

builder.mutationField('createTag', (t) =>
  t.field({
    complexity: COST.mutation,
    type: TagPayload,
    authScopes: { write: true },
    args: { input: t.arg({ type: TagInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'createTag', input, () =>
          prepared(context, input.connectionId, 'createTag', (check) => checkTag(check, input, true), (live) =>
            live.connector.createTag!({ name: input.name ?? '', color: input.color ?? null }),
          ),
        ),
      ),
  }),
);

builder.mutationField('updateTag', (t) =>
  t.field({
    complexity: COST.mutation,
    type: TagPayload,
    authScopes: { write: true },
    args: { input: t.arg({ type: TagInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'updateTag', input, () =>
          prepared(context, input.connectionId, 'updateTag', (check) => checkTag(check, input, false), (live) =>
            live.connector.updateTag!(input.externalId ?? '', { ...(input.name != null && { name: input.name }), ...(input.color != null && { color: input.color }) }),
          ),
        ),
      ),
  }),
);

builder.mutationField('createArticle', (t) =>
  t.field({
    complexity: COST.mutation,
    type: ArticlePayload,
    authScopes: { write: true },
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'createArticle', input, () =>
          prepared(context, input.connectionId, 'createArticle', (check) => checkArticle(check, input, true), (live) =>
            live.connector.createArticle!({ title: input.title ?? '', body: input.body ?? '', collectionId: input.collectionId ?? '', status: input.status ?? 'DRAFT' }),
          ),
        ),
      ),
  }),
);

builder.mutationField('updateArticle', (t) =>
  t.field({
    complexity: COST.mutation,
    type: ArticlePayload,
    authScopes: { write: true },
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'updateArticle', input, () =>
          prepared(context, input.connectionId, 'updateArticle', (check) => checkArticle(check, input, false), (live) =>
            live.connector.updateArticle!(input.externalId ?? '', {
              ...(input.title != null && { title: input.title }),
              ...(input.body != null && { body: input.body }),
              ...(input.collectionId != null && { collectionId: input.collectionId }),
              ...(input.status != null && { status: input.status }),
            }),
          ),
        ),
      ),
  }),
);

for (const [name, operation] of [
  ['deleteTag', 'deleteTag'],
  ['deleteArticle', 'deleteArticle'],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      complexity: COST.mutation,
      type: DeletionPayload,
      authScopes: { write: true },
      args: { input: t.arg({ type: CatalogDeleteInput, required: true }) },
      resolve: async (_root, { input }, context) =>
        payloadOf(
          input,
          await runWrite(context, name, input, () =>
            prepared(context, input.connectionId, operation, (check) => check.text(['externalId'], input.externalId, 200), async (live) => {
              await live.connector[operation]!(input.externalId);
              return input.externalId;
            }),
          ),
        ),
    }),
  );
}
