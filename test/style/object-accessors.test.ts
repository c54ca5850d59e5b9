import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No getter or setter in an object literal, except in objects made once (per process or connection).
 * V8 keeps a literal's accessor in its hidden class, so each evaluation with a fresh closure makes a
 * class of its own, and that class (old generation) keeps the closure, and what it reaches, alive until
 * the next full GC. Per request, that was an upstream page per edge: use a class with the accessor on
 * its prototype instead (see src/pagination/edge.ts).
 */
const MADE_ONCE = new Set([
  'src/connectors/http/fair-queue.ts', // one queue per connection
  'src/state/cache-memory.ts', // one cache per process
  'src/simulators/pylon/index.ts', // one per simulator
]);

const root = join(import.meta.dirname, '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const literalAccessors = (path: string): string[] => {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isObjectLiteralExpression(node.parent)) {
      found.push(`${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.name.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

describe('object literals', () => {
  it('define no accessors outside objects made once', () => {
    const files = sources(join(root, 'src')).filter((path) => !MADE_ONCE.has(relative(root, path)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(literalAccessors)).toEqual([]);
  });

  it('are found by this check when they do (it is not vacuous)', () => {
    const [madeOnce] = [...MADE_ONCE];
    if (!madeOnce) throw new Error('no file to check against');
    expect(literalAccessors(join(root, madeOnce)).length).toBeGreaterThan(0);
  });
});
