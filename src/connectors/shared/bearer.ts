/**
 * `Authorization: Bearer` plus any fixed headers a kind adds (Helpdesk's `X-Workspace-Id`, say);
 * headers whose value is undefined are left out. The token lives in these headers and nowhere else.
 */
export const bearerHeaders = (token: string, extra: Readonly<Record<string, string | undefined>> = {}): Record<string, string> => {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers[name] = value;
  return headers;
};
