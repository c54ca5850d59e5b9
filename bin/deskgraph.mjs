#!/usr/bin/env node
// The installed package runs the compiled ESM in dist/. A checkout (src/ beside this folder) runs the
// TypeScript through tsx, a development dependency, so no build is needed while working on it.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../src/cli.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
} else {
  await import('../dist/cli.js');
}
