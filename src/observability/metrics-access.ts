import { createHash, timingSafeEqual } from 'node:crypto';
import { registry } from './metrics.js';

/** Whether an Authorization header carries the metrics token (compared in constant time). */
export const carriesToken = (authorization: string | null | undefined, token: string): boolean => {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
};

/** The Prometheus text of every metric, or a 401 when a token is required and not sent. */
export const metricsAnswer = async (
  authorization: string | null | undefined,
  token: string | undefined,
): Promise<{ status: number; headers: Record<string, string>; body: string }> => {
  if (token !== undefined && !carriesToken(authorization, token)) {
    return { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }, body: 'send `Authorization: Bearer <metrics token>`\n' };
  }
  return { status: 200, headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' }, body: await registry.metrics() };
};
