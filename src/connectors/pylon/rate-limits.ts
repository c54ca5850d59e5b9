/**
 * Pylon's per-organization limits, per endpoint, in requests a minute, as its OpenAPI description
 * states them ("**Rate limit:** N requests per minute"; a contract test keeps this table equal to
 * it). The HTTP layer keeps each connection under them rather than learning them from 429s.
 */
export const PYLON_RATE_LIMITS: Readonly<Record<string, number>> = {
  'GET /issues': 10,
  'POST /issues': 10,
  'POST /issues/search': 20,
  'GET /issues/:id': 60,
  'PATCH /issues/:id': 20,
  'DELETE /issues/:id': 20,
  'GET /issues/:id/messages': 20,
  'POST /issues/:id/reply': 10,
  'POST /issues/:id/note': 10,
  'GET /contacts': 60,
  'POST /contacts': 60,
  'POST /contacts/search': 20,
  'GET /contacts/:id': 60,
  'PATCH /contacts/:id': 60,
  'DELETE /contacts/:id': 10,
  'GET /users': 60,
  'POST /users/search': 20,
  'GET /users/:id': 60,
  'GET /accounts': 60,
  'GET /accounts/:id': 60,
  'GET /teams': 60,
  'GET /tags': 60,
};
