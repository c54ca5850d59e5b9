import type { DomainTag } from './types.js';
/**
 * The help-desk catalog some upstreams keep besides tickets (seed 003: tags and knowledge-base
 * articles), written through the gateway where an upstream has it.
 */

export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface DomainArticle {
  connectionId: string;
  externalId: string;
  title: string;
  body: string;
  collectionId: string;
  status: ArticleStatus | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface TagDraft {
  name: string;
  color: string | null;
}

export interface ArticleDraft {
  title: string;
  body: string;
  collectionId: string;
  status: ArticleStatus;
}

/** Only the keys present change. */
export type TagChanges = Partial<TagDraft>;
export type ArticleChanges = Partial<ArticleDraft>;
