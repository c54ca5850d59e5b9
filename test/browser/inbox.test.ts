import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../src/demo.js';
import { INBOX_ROOT } from '../../src/plugins/inbox.js';
import { simControl, type SimControl } from '../support/sim-control.js';

/**
 * The Relay inbox (examples/inbox, built by `npm install`) in Debian's headless Chromium against the
 * demo: every simulator and a gateway on a free loopback port, serving the build at /inbox.
 * `UPDATE_SCREENSHOT=1` writes the README's docs/inbox.png; otherwise the picture goes to the temp dir.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM) || process.env['CI'] === 'true';
if (!available) console.warn(`browser tests not run: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const SCREENSHOT = process.env['UPDATE_SCREENSHOT'] ? join(import.meta.dirname, '..', '..', 'docs', 'inbox.png') : join(tmpdir(), 'deskgraph-inbox.png');
const WRITE_TOKEN = 'inbox-write-token-0123456789';
const HELPDESKS = ['demo-rest', 'demo-plain', 'demo-zendesk', 'demo-pylon', 'demo-helpdesk', 'demo-desk'];
const LIST_OPERATIONS = ['InboxQuery', 'TicketListPaginationQuery'];

interface TicketsPage {
  data?: { tickets?: { edges: { node: { id: string } }[] } };
}

describe.runIf(available)('the inbox in a browser', () => {
  let demo: RunningDemo;
  let browser: Browser;
  let page: Page;
  /** Ticket ids of every list page the gateway answered, in order, repeats included. */
  const listed: string[] = [];
  const foreign: string[] = [];
  /** Uncaught exceptions and console errors (a CSP violation is one). */
  const pageErrors: string[] = [];
  let openTicket: string;

  const simulator = (kind: string): SimControl => {
    const found = demo.simulators.simulators.find((sim) => sim.kind.kind === kind);
    if (!found) throw new Error(`no ${kind} simulator`);
    return simControl(found.running.url);
  };
  const gql = async <T,>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${demo.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: T }).data;
  };
  const rows = () => page.locator('.tickets .ticket-row');
  const rowIds = () => rows().evaluateAll((items) => items.map((item) => item.getAttribute('data-ticket-id') ?? ''));
  const rowHelpdesks = async () => new Set(await rows().evaluateAll((items) => items.map((item) => item.getAttribute('data-connection-id') ?? '')));

  beforeAll(async () => {
    if (!existsSync(join(INBOX_ROOT, 'index.html'))) throw new Error(`no inbox build in ${INBOX_ROOT}: run npm install (or npm run build -w examples/inbox)`);
    demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'inbox-read-token-0123456789', DESKGRAPH_DEMO_WRITE_TOKEN: WRITE_TOKEN });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => {
      if (!request.url().startsWith(demo.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const name = (response.request().postDataJSON() as { query?: string } | null)?.query?.match(/^query (\w+)/)?.[1];
      if (!name || !LIST_OPERATIONS.includes(name)) return;
      const body = (await response.json().catch(() => ({}))) as TicketsPage;
      listed.push(...(body.data?.tickets?.edges ?? []).map((edge) => edge.node.id));
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('signs in with the prefilled token and merges every helpdesk, paging on scroll without repeats', async () => {
    await page.goto(`${demo.url}/inbox`);
    await expect.poll(() => page.locator('input[name=token]').inputValue()).toBe(WRITE_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => (await rowIds()).length, { timeout: 20_000 }).toBe(50);

    // The demo's helpdesks hold tickets of different months, newest first: Pylon's fill the first
    // pages, so scrolling on until every helpdesk shows walks most of the merged list.
    for (let round = 0; round < 40 && (await rowHelpdesks()).size < HELPDESKS.length; round++) {
      const before = (await rowIds()).length;
      await page.locator('.tickets .more').scrollIntoViewIfNeeded();
      await expect.poll(async () => (await rowIds()).length, { timeout: 20_000 }).toBeGreaterThan(before);
    }
    expect([...(await rowHelpdesks())].sort()).toEqual([...HELPDESKS].sort());
    const ids = await rowIds();
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    // Not only Relay's de-duplication: the pages the gateway sent never repeat a ticket.
    await expect.poll(() => listed.length).toBe(ids.length);
    expect(new Set(listed).size).toBe(listed.length);
    await expect.poll(() => page.locator('.banner').count()).toBe(0);
  }, 240_000);

  it('filters by status, opens a ticket and reads its conversation, the requester and their other tickets', async () => {
    await page.locator('select[name=status]').selectOption('OPEN');
    await expect
      .poll(async () => new Set(await rows().locator('.status').allTextContents()), { timeout: 20_000 })
      .toEqual(new Set(['Open']));
    const row = rows().and(page.locator('[data-connection-id="demo-pylon"]')).first();
    openTicket = (await row.getAttribute('data-ticket-id')) ?? '';
    await row.getByRole('button').click();

    const view = page.locator(`.ticket-view[data-ticket-id="${openTicket}"]`);
    await expect.poll(() => view.locator('.messages .message').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect((await view.locator('.messages .message .body').first().textContent())?.trim()).toBeTruthy();
    expect(await view.getByTestId('ticket-status').textContent()).toBe('Open');
    await expect.poll(() => view.locator('.requester .other-tickets li button').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The requester's tickets come from more than the ticket's own helpdesk.
    const elsewhere = await view.locator('.requester .other-tickets .meta').allTextContents();
    expect(elsewhere.some((text) => !text.startsWith('Demo pylon helpdesk'))).toBe(true);
  }, 60_000);

  it('rolls an optimistic note back when the helpdesk refuses it, and shows the typed error', async () => {
    const pylon = simulator('pylon');
    // Slow enough to see the optimistic note before the refusal arrives.
    await pylon.faults({ errorStatus: 500, latencyMs: 1500, routes: ['POST /issues/:id/note'] });
    const view = page.locator('.ticket-view');
    const before = await view.locator('.messages .message').count();
    await view.getByLabel('Internal note').first().check();
    await view.locator('textarea[name=body]').fill('This note meets a failing helpdesk.');
    await view.getByRole('button', { name: 'Add note' }).click();
    const optimistic = view.locator('.messages .message.note.pending', { hasText: 'This note meets a failing helpdesk.' });
    await expect.poll(() => optimistic.count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => view.locator('.composer .problems').textContent(), { timeout: 20_000 }).toContain('UPSTREAM_UNAVAILABLE');
    expect(await view.locator('.messages .message').count()).toBe(before);
    expect(await view.locator('.messages').textContent()).not.toContain('This note meets a failing helpdesk.');
    // The draft stays, ready to send again with the same idempotency key.
    expect(await view.locator('textarea[name=body]').inputValue()).toBe('This note meets a failing helpdesk.');
    await pylon.faults({});
  }, 60_000);

  it('posts an internal note and sees it appear, written upstream', async () => {
    const view = page.locator('.ticket-view');
    const text = `Checked the Slack app: token expired (${Date.now()}).`;
    await view.locator('textarea[name=body]').fill(text);
    await view.getByRole('button', { name: 'Add note' }).click();
    const note = view.locator('.messages .message.note', { hasText: text });
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await note.getAttribute('data-message-id')) ?? '', { timeout: 20_000 }).not.toMatch(/^client:/);
    expect(await view.locator('textarea[name=body]').inputValue()).toBe('');

    const upstream = await gql<{ ticket: { messages: { edges: { node: { bodyText: string; internal: boolean } }[] } } }>(
      'query($id: ID!) { ticket(id: $id) { messages(first: 100) { edges { node { bodyText internal } } } } }',
      { id: openTicket },
    );
    expect(upstream.ticket.messages.edges.map(({ node }) => node)).toContainEqual(expect.objectContaining({ internal: true, bodyText: expect.stringContaining(text) }));
    await page.screenshot({ path: SCREENSHOT });
  }, 60_000);

  it('reassigns the ticket to an agent of its helpdesk', async () => {
    const view = page.locator('.ticket-view');
    await view.getByRole('button', { name: 'Reassign' }).click();
    const picker = view.getByLabel('Assign to');
    await expect.poll(() => picker.locator('option:not([disabled])').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const agent = (await picker.locator('option:not([disabled])').first().textContent()) ?? '';
    await picker.selectOption({ label: agent });
    await expect.poll(() => view.getByTestId('assignee').textContent(), { timeout: 20_000 }).toBe(agent);
    await expect.poll(() => view.getByRole('button', { name: 'Reassign' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await view.locator('.actions .problems').count()).toBe(0);
    const upstream = await gql<{ ticket: { assignee: { name: string } | null } }>('query($id: ID!) { ticket(id: $id) { assignee { name } } }', { id: openTicket });
    expect(upstream.ticket.assignee?.name).toBe(agent);
  }, 60_000);

  it('closes the ticket and sees its status change, in the view and in the list', async () => {
    const view = page.locator('.ticket-view');
    await view.getByRole('button', { name: 'Close ticket' }).click();
    await expect.poll(() => view.getByTestId('ticket-status').textContent(), { timeout: 20_000 }).toBe('Closed');
    await expect.poll(() => page.locator(`.ticket-row[data-ticket-id="${openTicket}"] .status`).textContent()).toBe('Closed');
    const upstream = await gql<{ ticket: { status: string } }>('query($id: ID!) { ticket(id: $id) { status } }', { id: openTicket });
    expect(upstream.ticket.status).toBe('CLOSED');
    // Still closed once the payload replaced the optimistic answer (which kept the old raw status),
    // and nothing was refused.
    await expect.poll(() => view.getByTestId('ticket-status').getAttribute('title'), { timeout: 20_000 }).toBe('closed');
    expect(await view.getByTestId('ticket-status').textContent()).toBe('Closed');
    expect(await view.locator('.actions .problems').count()).toBe(0);
  }, 60_000);

  it('asks again for a refused token, and offers a read token no actions', async () => {
    const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await reader.goto(`${demo.url}/inbox/`);
      await reader.locator('input[name=token]').fill('not-a-token-of-this-gateway');
      await reader.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => reader.getByRole('alert').textContent(), { timeout: 20_000 }).toBe('The gateway refused that token.');
      await reader.locator('input[name=token]').fill(demo.tokens.read);
      await reader.getByRole('button', { name: 'Sign in' }).click();
      await reader.locator('.ticket-row button').first().click({ timeout: 20_000 });
      await expect.poll(() => reader.locator('.ticket-view .messages .message').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await reader.locator('.ticket-view .conversation .hint').textContent()).toBe('Sign in with a write token to reply or add notes.');
      expect(await reader.locator('.ticket-view .actions button').count()).toBe(0);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('shows a banner naming the failing helpdesk and the other helpdesks’ tickets', async () => {
    const pylon = simulator('pylon');
    await pylon.faults({ errorStatus: 503 });
    try {
      await page.reload();
      const banner = page.locator('.list .banner [data-connection-id="demo-pylon"]');
      await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1);
      expect(await banner.textContent()).toContain('Demo pylon helpdesk');
      expect(await banner.textContent()).toContain('UPSTREAM_UNAVAILABLE');
      await expect.poll(async () => (await rowIds()).length, { timeout: 20_000 }).toBeGreaterThan(0);
      const shown = await rowHelpdesks();
      expect(shown.has('demo-pylon')).toBe(false);
      expect(shown.size).toBeGreaterThan(0);
      // The open ticket is Pylon's: its view says why it cannot show it.
      await expect.poll(() => page.locator('.ticket .banner [data-connection-id="demo-pylon"]').count(), { timeout: 20_000 }).toBe(1);
    } finally {
      await pylon.faults({});
    }
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
