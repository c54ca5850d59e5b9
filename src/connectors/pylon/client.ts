import { z } from 'zod';
import type { ConnectionSettings } from '../connector.js';
import { createHttpClient } from '../http/client.js';
import { PYLON_RATE_LIMITS } from './rate-limits.js';
import { rfc3339 } from './filter.js';
import {
  pylonAccountSchema,
  pylonTagSchema,
  pylonTeamSchema,
  pylonContactSchema,
  pylonIssueSchema,
  pylonIssueStatusSchema,
  pylonListSchema,
  pylonMessageSchema,
  pylonOneSchema,
  pylonUserSchema,
  type PylonAccount,
  type PylonTag,
  type PylonTeam,
  type PylonContact,
  type PylonIssue,
  type PylonIssueStatus,
  type PylonMessage,
  type PylonPagination,
  type PylonSearchBody,
  type PylonUser,
} from './wire.js';

export interface PylonCredentials {
  apiToken: string;
}

export interface SearchPage<T> {
  data: T[];
  pagination: PylonPagination | null;
}

const issueList = pylonListSchema(pylonIssueSchema);
const oneIssue = pylonOneSchema(pylonIssueSchema);
const contactList = pylonListSchema(pylonContactSchema);
const oneUser = pylonOneSchema(pylonUserSchema);
const userList = pylonListSchema(pylonUserSchema);
const accountList = pylonListSchema(pylonAccountSchema);
const tagList = pylonListSchema(pylonTagSchema);
const teamList = pylonListSchema(pylonTeamSchema);
const oneTeam = pylonOneSchema(pylonTeamSchema);
const oneTag = pylonOneSchema(pylonTagSchema);
const oneAccount = pylonOneSchema(pylonAccountSchema);
const messageList = pylonListSchema(pylonMessageSchema);
const issueStatusList = pylonListSchema(pylonIssueStatusSchema);
const oneContact = pylonOneSchema(pylonContactSchema);
const messageCreated = pylonOneSchema(z.looseObject({ id: z.string().min(1) }));

/** The Pylon calls the connector makes, one method per endpoint, payloads validated by wire.ts. */
export const createPylonClient = (settings: ConnectionSettings<PylonCredentials, unknown>) => {
  const http = createHttpClient({
    settings,
    headers: { authorization: `Bearer ${settings.credentials.apiToken}` },
    budgets: { routes: PYLON_RATE_LIMITS },
  });
  const path = (id: string): string => encodeURIComponent(id);
  return {
    /** `GET /issues`: every issue created in the window; `start`..`end` spans at most 30 days. */
    async issuesInWindow(startMs: number, endMs: number): Promise<PylonIssue[]> {
      const body = await http.json(
        { method: 'GET', path: '/issues', query: { start_time: rfc3339(startMs), end_time: rfc3339(endMs) } },
        issueList,
      );
      return body.data;
    },
    /** `POST /issues/search` (a read: safe to retry). */
    async searchIssues(search: PylonSearchBody): Promise<SearchPage<PylonIssue>> {
      const body = await http.json({ method: 'POST', path: '/issues/search', body: search, idempotent: true }, issueList);
      return { data: body.data, pagination: body.pagination ?? null };
    },
    /** `GET /issues/{id}`, by id or number; null when there is no such issue. */
    async getIssue(id: string): Promise<PylonIssue | null> {
      return (await http.jsonOrNull({ method: 'GET', path: `/issues/${path(id)}` }, oneIssue))?.data ?? null;
    },
    /** `GET /issues/{id}/messages`: the whole conversation, replies and internal notes. */
    async issueMessages(id: string): Promise<PylonMessage[]> {
      return (await http.json({ method: 'GET', path: `/issues/${path(id)}/messages` }, messageList)).data;
    },
    /** `GET /issue-statuses`: the account's states, built-in and custom, with their categories. */
    async issueStatuses(): Promise<PylonIssueStatus[]> {
      return (await http.json({ method: 'GET', path: '/issue-statuses' }, issueStatusList)).data;
    },
    /** `POST /contacts/search` (a read: safe to retry). */
    async searchContacts(search: PylonSearchBody): Promise<SearchPage<PylonContact>> {
      const body = await http.json({ method: 'POST', path: '/contacts/search', body: search, idempotent: true }, contactList);
      return { data: body.data, pagination: body.pagination ?? null };
    },
    /** `GET /teams`: every team in one response (it takes no paging parameters). */
    async listTeams(): Promise<PylonTeam[]> {
      return (await http.json({ method: 'GET', path: '/teams' }, teamList)).data;
    },
    /** `GET /teams/{id}`; null when there is no such team. */
    async getTeam(id: string): Promise<PylonTeam | null> {
      return (await http.jsonOrNull({ method: 'GET', path: `/teams/${path(id)}` }, oneTeam))?.data ?? null;
    },
    /** `GET /tags`: every tag in one response (it takes no paging parameters). */
    async listTags(): Promise<PylonTag[]> {
      return (await http.json({ method: 'GET', path: '/tags' }, tagList)).data;
    },
    /** `GET /tags/{id}`; null when there is no such tag. */
    async getTag(id: string): Promise<PylonTag | null> {
      return (await http.jsonOrNull({ method: 'GET', path: `/tags/${path(id)}` }, oneTag))?.data ?? null;
    },
    /** `GET /accounts`, forward-paged. */
    async listAccounts(limit: number, cursor: string | undefined): Promise<SearchPage<PylonAccount>> {
      const body = await http.json({ method: 'GET', path: '/accounts', query: { limit, cursor } }, accountList);
      return { data: body.data, pagination: body.pagination ?? null };
    },
    /** `GET /accounts/{id}`; null when there is no such account. */
    async getAccount(id: string): Promise<PylonAccount | null> {
      return (await http.jsonOrNull({ method: 'GET', path: `/accounts/${path(id)}` }, oneAccount))?.data ?? null;
    },
    /** `GET /users`: every user of the organization in one response (it takes no paging parameters). */
    async listUsers(): Promise<PylonUser[]> {
      return (await http.json({ method: 'GET', path: '/users' }, userList)).data;
    },
    /** `GET /users/{id}`; null when there is no such user. */
    async getUser(id: string): Promise<PylonUser | null> {
      return (await http.jsonOrNull({ method: 'GET', path: `/users/${path(id)}` }, oneUser))?.data ?? null;
    },
    /** `POST /issues` → `{data: Issue}`. */
    async createIssue(body: Record<string, unknown>): Promise<PylonIssue> {
      return (await http.json({ method: 'POST', path: '/issues', body }, oneIssue)).data;
    },
    /** `PATCH /issues/{id}`: only the keys sent change. */
    async updateIssue(id: string, body: Record<string, unknown>): Promise<PylonIssue> {
      return (await http.json({ method: 'PATCH', path: `/issues/${path(id)}`, body }, oneIssue)).data;
    },
    async deleteIssue(id: string): Promise<void> {
      await http.send({ method: 'DELETE', path: `/issues/${path(id)}` });
    },
    /** `POST /issues/{id}/reply` (to one of its messages) or `/note`; answers the new message's id. */
    async postMessage(id: string, kind: 'reply' | 'note', body: Record<string, unknown>): Promise<string> {
      return (await http.json({ method: 'POST', path: `/issues/${path(id)}/${kind}`, body }, messageCreated)).data.id;
    },
    async createContact(body: Record<string, unknown>): Promise<PylonContact> {
      return (await http.json({ method: 'POST', path: '/contacts', body }, oneContact)).data;
    },
    async updateContact(id: string, body: Record<string, unknown>): Promise<PylonContact> {
      return (await http.json({ method: 'PATCH', path: `/contacts/${path(id)}`, body }, oneContact)).data;
    },
    async deleteContact(id: string): Promise<void> {
      await http.send({ method: 'DELETE', path: `/contacts/${path(id)}` });
    },
    close: () => http.close(),
  };
};

export type PylonClient = ReturnType<typeof createPylonClient>;
