import { restTagToDomain } from './map.js';
import type { ArticleChanges, ArticleDraft, ArticleStatus, DomainArticle, TagChanges, TagDraft } from '../../domain/catalog.js';
import type { CatalogWrites } from '../connector.js';
import type { RestClient } from './client.js';
import type { RestArticle, RestTag } from './wire.js';

/** Seed 003's tags and articles (`/tags`, `/articles`): POST, PATCH and DELETE. */

const statusOf = (raw: string | null | undefined): ArticleStatus | null => (raw === 'draft' ? 'DRAFT' : raw === 'published' ? 'PUBLISHED' : null);
const rawStatus = (status: ArticleStatus): string => status.toLowerCase();

const articleBody = (changes: ArticleChanges) => ({
  title: changes.title,
  body: changes.body,
  collection_id: changes.collectionId,
  status: changes.status === undefined ? undefined : rawStatus(changes.status),
});

export const restCatalogWrites = (
  connectionId: string,
  client: RestClient,
  write: <T>(call: () => Promise<T>) => Promise<T>,
): Required<CatalogWrites> => {
  const toArticle = (article: RestArticle): DomainArticle => ({
    connectionId,
    externalId: article.id,
    title: article.title,
    body: article.body ?? '',
    collectionId: article.collection_id,
    status: statusOf(article.status),
    createdAt: article.created_at ?? null,
    updatedAt: article.updated_at ?? null,
  });
  return {
    createTag: async (draft: TagDraft) => restTagToDomain(connectionId, await write(() => client.createTag({ name: draft.name, color: draft.color ?? undefined }))),
    updateTag: async (id: string, changes: TagChanges) =>
      restTagToDomain(connectionId, await write(() => client.updateTag(id, { name: changes.name, color: changes.color ?? undefined }))),
    deleteTag: (id) => write(() => client.deleteRecord('tags', id)),
    createArticle: async (draft: ArticleDraft) => toArticle(await write(() => client.createArticle(articleBody(draft)))),
    updateArticle: async (id, changes) => toArticle(await write(() => client.updateArticle(id, articleBody(changes)))),
    deleteArticle: (id) => write(() => client.deleteRecord('articles', id)),
  };
};
