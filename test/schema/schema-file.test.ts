import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing the schema)', async () => {
    const committed = await readFile(join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(buildSchema())}\n`);
  });
});
