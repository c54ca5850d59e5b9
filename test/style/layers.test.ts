import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, typeScriptFiles } from '../support/source-files.js';

/**
 * Imports point one way, down the layers of docs/ARCHITECTURE.md: a module imports from its own
 * layer or a lower one, never from a higher one.
 */
const LAYERS = ['server', 'schema', 'events', 'listing', 'loaders', 'connectors', 'pagination', 'http', 'observability', 'state', 'domain'] as const;
type Layer = (typeof LAYERS)[number];

/** Two type-only imports go up, known and left: the HTTP client reads a connection's settings, declared beside the Connector. */
const KNOWN_UPWARD = new Set(['src/connectors/http/breaker.ts -> src/connectors/connector.ts', 'src/connectors/http/client.ts -> src/connectors/connector.ts']);


const layerOf = (path: string): Layer | undefined => {
  const inSrc = relative(join(PROJECT_ROOT, 'src'), path);
  if (inSrc.startsWith('connectors/http/')) return 'http';
  const top = inSrc.split('/')[0] ?? '';
  if (top === 'plugins' || top === 'protection' || top === 'server.ts') return 'server';
  return (LAYERS as readonly string[]).includes(top) ? (top as Layer) : undefined;
};

const upwardImports = (): string[] =>
  typeScriptFiles(join(PROJECT_ROOT, 'src')).flatMap((file) => {
    const from = layerOf(file);
    if (!from) return [];
    return [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].flatMap(([, specifier]) => {
      const target = normalize(join(dirname(file), (specifier ?? '').replace(/\.js$/, '.ts')));
      const to = layerOf(target);
      if (!to || LAYERS.indexOf(to) >= LAYERS.indexOf(from)) return [];
      const edge = `${relative(PROJECT_ROOT, file)} -> ${relative(PROJECT_ROOT, target)}`;
      return KNOWN_UPWARD.has(edge) ? [] : [`${edge} (${from} imports ${to})`];
    });
  });

describe('layers', () => {
  it('import only from their own layer or a lower one', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('know every layer of src/ (the check is not vacuous)', () => {
    const seen = new Set(typeScriptFiles(join(PROJECT_ROOT, 'src')).map(layerOf));
    for (const layer of LAYERS) expect(seen).toContain(layer);
  });
});
