import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../src/connectors/helpdesk/links.js';

describe('resolving links.next against the base path', () => {
  it('lays the seed\'s relative link over the end of the base path', () => {
    expect(resolveLink('/helpdesk/api/v1', '/api/v1/tickets?after=abc')).toEqual({ path: '/tickets', query: { after: 'abc' } });
    expect(resolveLink('/proxy/acme/helpdesk/api/v1', '/api/v1/tickets?after=abc&page_size=5')).toEqual({
      path: '/tickets',
      query: { after: 'abc', page_size: '5' },
    });
  });

  it('accepts a link that repeats the whole base path, or none of it', () => {
    expect(resolveLink('/helpdesk/api/v1', '/helpdesk/api/v1/tickets?after=x').path).toBe('/tickets');
    expect(resolveLink('/helpdesk/api/v1', '/tickets?after=x').path).toBe('/tickets');
    expect(resolveLink('/helpdesk/api/v1/', 'api/v1/tickets?after=x').path).toBe('/tickets');
  });

  it('keeps only the path and query of an absolute link, so requests stay on the configured origin', () => {
    expect(resolveLink('/helpdesk/api/v1', 'https://elsewhere.example/helpdesk/api/v1/tickets?after=y')).toEqual({ path: '/tickets', query: { after: 'y' } });
  });
});
