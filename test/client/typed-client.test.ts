import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../codegen.ts';
import { ContactHelpdeskTicketsDocument, ReplyAndCloseDocument, TicketsWithRequestersDocument } from './generated/graphql.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the typed client (graphql-codegen client preset)', () => {
  it('is generated from the current schema and documents (run `npm run codegen` after changing either)', async () => {
    const target = Object.values(config.generates)[0];
    const files = await generate({ ...config, cwd: ROOT, generates: { 'test/client/generated/': target! } }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files as { filename: string; content: string }[]) {
      const committed = await readFile(join(ROOT, 'test', 'client', 'generated', basename(file.filename)), 'utf8');
      expect(committed, file.filename).toBe(file.content);
    }
  });

  describe('against the gateway', () => {
    let g: TestGateway;
    beforeAll(async () => {
      g = await startTestGateway(['rest']);
    });
    afterAll(() => g.close());

    /** Executes a typed document; the result is typed by the document itself. */
    const execute = async <R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V, token: string = TOKENS.read): Promise<R> => {
      const response = await g.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data: R; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    it('runs the typed documents and gets typed results', async () => {
      const page = await execute(TicketsWithRequestersDocument, { connectionId: 'acme-rest', first: 3 });
      const tickets = page.tickets?.edges.map((edge) => edge.node) ?? [];
      expect(tickets).toHaveLength(3);
      const email = tickets[0]?.requester?.email;
      expect(email).toMatch(/@example\.com$/);

      const contact = await execute(ContactHelpdeskTicketsDocument, { email: email!, first: 5, order: 'ASC' });
      expect(contact.contactByEmail?.email).toBe(email);
      expect(contact.contactByEmail?.helpdeskTickets?.edges.length).toBeGreaterThan(0);
    });

    it('runs a typed mutation document and reads its typed payload', async () => {
      const page = await execute(TicketsWithRequestersDocument, { connectionId: 'acme-rest', first: 1 });
      const ticketId = page.tickets?.edges[0]?.node.id ?? '';
      const result = await execute(ReplyAndCloseDocument, { ticketId, body: 'Fixed, closing.', idempotencyKey: 'typed-client-1' }, TOKENS.write);
      expect(result.replyToTicket?.errors).toEqual([]);
      expect(result.replyToTicket?.message).toMatchObject({ type: 'REPLY', bodyText: 'Fixed, closing.' });
      expect(result.closeTicket?.ticket).toEqual({ id: ticketId, status: 'CLOSED' });
      const missing = await execute(ReplyAndCloseDocument, { ticketId: 'not-an-id', body: 'x' }, TOKENS.write);
      const [error] = missing.replyToTicket?.errors ?? [];
      expect(error?.__typename === 'ValidationError' ? error.fields[0]?.path : null).toEqual(['input', 'ticketId']);
    });
  });
});
