import { describe, expect, it } from 'vitest';
import { PYLON_RATE_LIMITS } from '../../src/connectors/pylon/rate-limits.js';
import { loadPylonOas, PYLON_OAS_PATH } from './support/pylon-oas.js';
import { contractTestsRun } from './support/specs.js';

const specPresent = contractTestsRun('Pylon', PYLON_OAS_PATH);

/** "**Rate limit:** N requests per minute", as Pylon's operation descriptions state it. */
const documentedLimit = (description: string | undefined): number | undefined => {
  const match = /Rate limit:\*\*\s*(\d+) requests per minute/.exec(description ?? '');
  return match ? Number(match[1]) : undefined;
};

describe.runIf(specPresent)('Pylon rate limits (../shared/upstream-specs/pylon/openapi.json)', () => {
  it('keeps each endpoint to the budget the OpenAPI description states for it', () => {
    const oas = loadPylonOas();
    for (const [route, perMinute] of Object.entries(PYLON_RATE_LIMITS)) {
      const [method = '', template = ''] = route.split(' ');
      const path = template.replace(/:(\w+)/g, '{$1}');
      const operation = (oas.paths[path] as Record<string, { description?: string }> | undefined)?.[method.toLowerCase()];
      expect(operation, `${route} is an operation of the OAS`).toBeDefined();
      expect(documentedLimit(operation?.description), route).toBe(perMinute);
    }
  });
});
