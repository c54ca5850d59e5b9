import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection before collecting again,
 * for a process that runs only deskgraph (`deskgraph serve` and `deskgraph demo` set it; the library
 * leaves its host's process alone). V8's own factor goes up to 4 when the process allocates fast: a
 * gateway with about 35 MB live reached 250 MB resident under 32 clients. At 2.5 it stays near 195 MB
 * under the same load, with no CPU cost that interleaved load runs could tell apart (README, Operations).
 */
export const HEAP_GROWING_PERCENT = 150;

/**
 * Sets `--heap-growing-percent` for this process, unless the operator already chose one (on the node
 * command line or in NODE_OPTIONS). V8 reads it whenever it sizes the heap, so setting it at start works.
 * Answers whether it was set here.
 */
export const boundHeapGrowth = (execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env['NODE_OPTIONS'] ?? ''): boolean => {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => /^--heap[-_]growing[-_]percent(=|$)/.test(arg));
  if (chosen) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
};
