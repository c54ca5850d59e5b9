import { describe, expect, it } from 'vitest';
import { zendeskAuthorization, zendeskCredentialsSchema } from '../../src/connectors/zendesk/auth.js';

describe('zendesk credentials', () => {
  it('sends an API token as Basic {email}/token:{token}', () => {
    const header = zendeskAuthorization(zendeskCredentialsSchema.parse({ email: 'agent@acme.test', apiToken: 'abc123' }));
    expect(header).toBe(`Basic ${Buffer.from('agent@acme.test/token:abc123').toString('base64')}`);
    expect(Buffer.from(header.slice('Basic '.length), 'base64').toString()).toBe('agent@acme.test/token:abc123');
  });

  it('sends an OAuth token as Bearer', () => {
    expect(zendeskAuthorization(zendeskCredentialsSchema.parse({ oauthToken: 'oauth-xyz' }))).toBe('Bearer oauth-xyz');
  });

  it.each([
    [{}],
    [{ email: 'agent@acme.test' }],
    [{ email: 'not-an-email', apiToken: 'abc' }],
    [{ email: 'agent@acme.test', apiToken: '' }],
    [{ oauthToken: '' }],
    [{ email: 'agent@acme.test', apiToken: 'abc', oauthToken: 'x' }],
    [{ apiToken: 'abc' }],
  ])('refuses %j', (credentials) => {
    expect(zendeskCredentialsSchema.safeParse(credentials).success).toBe(false);
  });
});
