type Headers = Readonly<Record<string, string | string[] | undefined>>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * When an upstream says to come back, in ms from `now`. Reads `Retry-After` (seconds or an HTTP date,
 * Zendesk, REST, Pylon) and `x-ratelimit-reset` (an ISO time, Plain; or epoch seconds).
 */
export const retryAfterMs = (headers: Headers, now = Date.now()): number | undefined => {
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = header(headers, 'x-ratelimit-reset');
  if (reset !== undefined) {
    const asNumber = Number(reset);
    const at = Number.isFinite(asNumber) ? asNumber * 1000 : Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
};
