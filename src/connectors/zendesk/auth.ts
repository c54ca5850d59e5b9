import { z } from 'zod';

/**
 * Zendesk credentials: an API token (sent as Basic `{email}/token:{apiToken}`) or an OAuth access
 * token (sent as Bearer).
 */
export const zendeskCredentialsSchema = z.union([
  z.object({ email: z.email(), apiToken: z.string().min(1) }).strict(),
  z.object({ oauthToken: z.string().min(1) }).strict(),
]);
export type ZendeskCredentials = z.infer<typeof zendeskCredentialsSchema>;

export const zendeskAuthorization = (credentials: ZendeskCredentials): string =>
  'oauthToken' in credentials
    ? `Bearer ${credentials.oauthToken}`
    : `Basic ${Buffer.from(`${credentials.email}/token:${credentials.apiToken}`, 'utf8').toString('base64')}`;
