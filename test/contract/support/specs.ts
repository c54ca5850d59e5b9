import { existsSync } from 'node:fs';

/**
 * Whether the contract tests of an upstream run. They read the official specs in place from
 * `../shared/upstream-specs/`. In a user's clone that folder is absent: the tests say why and do not
 * run. In CI (CI=true) they always run, so a missing spec fails loudly instead of passing silently.
 */
export const contractTestsRun = (what: string, specPath: string): boolean => {
  if (existsSync(specPath)) return true;
  if (process.env['CI'] === 'true') return true;
  console.warn(`${what} contract tests not run: ${specPath} is absent (CI provides ../shared/upstream-specs)`);
  return false;
};
