import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeTemplate } from '../../src/observability/route-template.js';

describe('routeTemplate', () => {
  it.each([
    ['GET', '/tickets', 'GET /tickets'],
    ['GET', '/tickets/tkt_0042', 'GET /tickets/:id'],
    ['GET', '/api/v2/tickets/123456789012345678.json', 'GET /api/v2/tickets/:id.json'],
    ['GET', '/api/v2/users/42/tickets/requested', 'GET /api/v2/users/:id/tickets/requested'],
    ['GET', '/api/v2/tickets/show_many.json', 'GET /api/v2/tickets/show_many.json'],
    ['POST', '/issues/4f9d2c3e-1b6a-4c1e-9a77-0c5d2b8e6f10/reply', 'POST /issues/:id/reply'],
    ['GET', '/customers/by-email/jordan.nguyen@example.com', 'GET /customers/by-email/:id'],
    ['GET', '/contacts/jordan%40example.com', 'GET /contacts/:id'],
    ['GET', '/ticketstatuses.json', 'GET /ticketstatuses.json'],
    ['PATCH', '/tickets/17.json', 'PATCH /tickets/:id.json'],
    ['GET', '/tickets?after=abc123&requester=x@y.z', 'GET /tickets'],
    ['POST', '', 'POST /'],
  ])('%s %s → %s', (method, path, expected) => {
    expect(routeTemplate(method, path)).toBe(expected);
  });

  it("never lets an id, an email or a long token through, whatever the path (ids escaped as connectors send them)", () => {
    const id = fc.oneof(
      fc.integer({ min: 0 }).map(String),
      fc.uuid(),
      fc.emailAddress().map(encodeURIComponent),
      fc.stringMatching(/^[a-z]{2,4}_[A-Za-z0-9]{1,12}$/).filter((s) => /\d/.test(s)),
      fc.string({ minLength: 41, maxLength: 80 }).map(encodeURIComponent),
    );
    const name = fc.constantFrom('tickets', 'users', 'issues', 'messages', 'show_many', 'api', 'v2');
    fc.assert(
      fc.property(fc.array(fc.oneof(name, id), { minLength: 1, maxLength: 12 }), (segments) => {
        const template = routeTemplate('GET', `/${segments.join('/')}`);
        const kept = template.slice('GET /'.length).split('/');
        for (const segment of kept) expect(segment === ':id' || segment === '…' || ['tickets', 'users', 'issues', 'messages', 'show_many', 'api', 'v2'].includes(segment)).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
