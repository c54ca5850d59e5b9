/**
 * The gateway's diagnostic log: JSON lines on stderr at the level `DESKGRAPH_LOG` names (`debug`,
 * `info`, `warn`, the default, or `error`). Callers pass what happened and ids, never secrets or whole
 * upstream bodies; upstream error text is cut short and logged only at debug.
 */

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

const threshold = (): number => LEVELS[(process.env['DESKGRAPH_LOG'] as LogLevel | undefined) ?? 'warn'] ?? LEVELS.warn;

const write = (level: LogLevel, message: string, fields: Readonly<Record<string, unknown>>): void => {
  if (LEVELS[level] < threshold()) return;
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields })}\n`);
};

export const log = {
  debug: (message: string, fields: Readonly<Record<string, unknown>> = {}) => write('debug', message, fields),
  info: (message: string, fields: Readonly<Record<string, unknown>> = {}) => write('info', message, fields),
  warn: (message: string, fields: Readonly<Record<string, unknown>> = {}) => write('warn', message, fields),
  error: (message: string, fields: Readonly<Record<string, unknown>> = {}) => write('error', message, fields),
};
