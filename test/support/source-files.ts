import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Every TypeScript source file under `dir` (declaration files left out), for the style checks. */
export const typeScriptFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
