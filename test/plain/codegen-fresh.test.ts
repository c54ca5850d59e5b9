import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { PLAIN_GENERATED_DIR } from '../../src/connectors/plain/codegen.js';

/**
 * The committed codegen output of the Plain connector matches what its documents and subset schema
 * generate now. When this fails, run `npx graphql-codegen --config src/connectors/plain/codegen.ts`.
 */
describe('plain codegen', () => {
  it('is fresh', async () => {
    // `generate` is typed `any` because of its watch mode; without it, it answers the files it would write.
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as { filename: string; content: string }[];
    const root = process.cwd();
    const expected = new Map(outputs.map((output) => [path.relative(root, path.resolve(root, output.filename)), output.content]));
    const committed = await readdir(path.resolve(root, PLAIN_GENERATED_DIR));
    expect(committed.map((name) => path.join(PLAIN_GENERATED_DIR, name)).sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) {
      expect(await readFile(path.resolve(root, file), 'utf8'), `${file} is stale`).toBe(content);
    }
  }, 30_000);
});
