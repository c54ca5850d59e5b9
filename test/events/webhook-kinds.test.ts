import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { helpdeskWebhooks } from '../../src/events/webhooks/helpdesk.js';
import { plainWebhooks } from '../../src/events/webhooks/plain.js';
import { zendeskWebhooks } from '../../src/events/webhooks/zendesk.js';

/** Each kind's signature, shape and event mapping, against signatures computed here the upstream's documented way. */

const SECRET = 'a-webhook-secret-0123456789';
const hmac = (data: string, encoding: 'hex' | 'base64', secret = SECRET) => createHmac('sha256', secret).update(data).digest(encoding);

describe('Zendesk: base64(HMAC-SHA256(secret, timestamp + body))', () => {
  const body = '{"id":90071992547409930,"created_at":"2026-01-01T10:00:00Z","updated_at":"2026-01-02T10:00:00Z"}';
  const timestamp = '2026-01-02T10:00:01Z';
  const headers = (signature: string) =>
    new Headers({ 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp, 'x-zendesk-webhook-invocation-id': 'inv-1' });

  it('verifies its signature and refuses a tampered body, another secret or another timestamp', () => {
    expect(zendeskWebhooks.verify(headers(hmac(timestamp + body, 'base64')), body, SECRET)).toBe(true);
    expect(zendeskWebhooks.verify(headers(hmac(timestamp + body, 'base64')), body.replace('10:00:00', '11:00:00'), SECRET)).toBe(false);
    expect(zendeskWebhooks.verify(headers(hmac(timestamp + body, 'base64', 'another-secret-0123456789')), body, SECRET)).toBe(false);
    expect(zendeskWebhooks.verify(headers(hmac(`2026-01-02T10:00:02Z${body}`, 'base64')), body, SECRET)).toBe(false);
  });

  it('keeps int64 ids exact and maps each channel of the AsyncAPI description', () => {
    const parsed = zendeskWebhooks.body.safeParse(zendeskWebhooks.parse?.(body));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(zendeskWebhooks.delivery(headers('x'), parsed.data)).toEqual({ id: 'inv-1', signedAt: Date.parse(timestamp) });
    const typeOf = (route: string[]) => {
      const changes = zendeskWebhooks.changes(parsed.data, route);
      return typeof changes === 'string' ? changes : changes.map((change) => [change.type, change.ticketId, change.occurredAt]);
    };
    expect(typeOf(['tickets', 'created'])).toEqual([['CREATED', '90071992547409930', '2026-01-02T10:00:00Z']]);
    expect(typeOf(['tickets', 'updated'])).toEqual([['UPDATED', '90071992547409930', '2026-01-02T10:00:00Z']]);
    expect(typeOf(['tickets', 'solved'])).toEqual([['UPDATED', '90071992547409930', '2026-01-02T10:00:00Z']]);
    // Posted to the bare address: updated after its creation, so UPDATED.
    expect(typeOf([])).toEqual([['UPDATED', '90071992547409930', '2026-01-02T10:00:00Z']]);
    expect(typeOf(['users', 'created'])).toBe('users/created');
  });
});

describe('Plain: hex HMAC-SHA256 of the body in Plain-Request-Signature', () => {
  const delivery = (eventType: string) => ({
    id: 'pEv_1',
    type: eventType,
    timestamp: '2026-01-02T10:00:00.000Z',
    workspaceId: 'w_1',
    payload: { eventType, thread: { id: 'th_1', updatedAt: '2026-01-02T09:59:59.000Z' } },
  });

  it('verifies its signature and refuses a tampered body', () => {
    const raw = JSON.stringify(delivery('thread.thread_created'));
    expect(plainWebhooks.verify(new Headers({ 'plain-request-signature': hmac(raw, 'hex') }), raw, SECRET)).toBe(true);
    expect(plainWebhooks.verify(new Headers({ 'plain-request-signature': hmac(raw, 'hex') }), raw.replace('th_1', 'th_2'), SECRET)).toBe(false);
    expect(plainWebhooks.verify(new Headers(), raw, SECRET)).toBe(false);
  });

  it('maps thread events, judges replay by the signed timestamp, and ignores the rest', () => {
    const mapped = (eventType: string) => {
      const parsed = plainWebhooks.body.parse(delivery(eventType));
      const changes = plainWebhooks.changes(parsed, []);
      return typeof changes === 'string' ? changes : changes.map((change) => change.type);
    };
    expect(mapped('thread.thread_created')).toEqual(['CREATED']);
    expect(mapped('thread.thread_status_transitioned')).toEqual(['UPDATED']);
    expect(mapped('thread.thread_assignment_transitioned')).toEqual(['ASSIGNED']);
    expect(mapped('thread.email_received')).toEqual(['MESSAGE_ADDED']);
    expect(mapped('thread.note_created')).toEqual(['MESSAGE_ADDED']);
    expect(mapped('customer.customer_updated')).toBe('customer.customer_updated');
    expect(plainWebhooks.delivery(new Headers(), plainWebhooks.body.parse(delivery('thread.thread_created')))).toEqual({
      id: 'pEv_1',
      signedAt: Date.parse('2026-01-02T10:00:00.000Z'),
    });
    expect(plainWebhooks.body.safeParse({ ...delivery('thread.thread_created'), id: undefined }).success).toBe(false);
  });
});

describe('Helpdesk (seed 001): sha256=<hex HMAC-SHA256 of "timestamp.body">', () => {
  it('verifies, maps the four seed events and refuses a body without a ticket id', () => {
    const event = { id: 'evt_1', type: 'ticket.assignment.changed', createdAt: '2026-01-02T10:00:00Z', data: { ticket: { id: 'tkt_1', updatedAt: '2026-01-02T10:00:00Z' } } };
    const raw = JSON.stringify(event);
    const headers = new Headers({ 'x-helpdesk-timestamp': '1767348000', 'x-helpdesk-signature': `sha256=${hmac(`1767348000.${raw}`, 'hex')}` });
    expect(helpdeskWebhooks.verify(headers, raw, SECRET)).toBe(true);
    expect(helpdeskWebhooks.verify(headers, raw, 'another-secret-0123456789')).toBe(false);
    expect(helpdeskWebhooks.delivery(headers, helpdeskWebhooks.body.parse(event))).toEqual({ id: 'evt_1', signedAt: 1767348000_000 });
    const types = ['ticket.created', 'ticket.updated', 'ticket.assignment.changed', 'ticket.deleted', 'ticket.merged'].map((type) => {
      const changes = helpdeskWebhooks.changes(helpdeskWebhooks.body.parse({ ...event, type }), []);
      return typeof changes === 'string' ? changes : changes[0]?.type;
    });
    expect(types).toEqual(['CREATED', 'UPDATED', 'ASSIGNED', 'DELETED', 'ticket.merged']);
    expect(helpdeskWebhooks.body.safeParse({ ...event, data: { ticket: {} } }).success).toBe(false);
  });
});
