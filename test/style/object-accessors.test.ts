import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, typeScriptFiles } from '../support/source-files.js';

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


const literalAccessors = (path: string): string[] => {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isObjectLiteralExpression(node.parent)) {
      found.push(`${relative(PROJECT_ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.name.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

describe('object literals', () => {
  it('define no accessors outside objects made once', () => {
    const files = typeScriptFiles(join(PROJECT_ROOT, 'src')).filter((path) => !MADE_ONCE.has(relative(PROJECT_ROOT, path)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(literalAccessors)).toEqual([]);
  });

  it('are found by this check when they do (it is not vacuous)', () => {
    const [madeOnce] = [...MADE_ONCE];
    if (!madeOnce) throw new Error('no file to check against');
    expect(literalAccessors(join(PROJECT_ROOT, madeOnce)).length).toBeGreaterThan(0);
  });
});
