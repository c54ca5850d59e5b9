import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The gateway's log: pino JSON lines on stderr at the level `DESKGRAPH_LOG` names (`debug`, `info`,
 * the default, `warn`, `error` or `silent`); `deskgraph demo` prints them pretty instead. Callers pass
 * what happened and ids, never secrets or upstream bodies (upstream error text is cut short and
 * logged only at debug). As a second line of defence, fields that could hold a secret are redacted.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

export const logLevel = (env: Readonly<Record<string, string | undefined>> = process.env): LogLevel => {
  const wanted = env['DESKGRAPH_LOG'];
  return wanted && LEVELS.includes(wanted) ? (wanted as LogLevel) : 'info';
};

const REDACT = ['authorization', 'headers.authorization', 'secret', 'token', 'apiKey', 'apiToken', 'password', 'credentials'];

const createLogger = (destination: DestinationStream): Logger =>
  pino(
    {
      level: logLevel(),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    destination,
  );

/** A line waits at most this long for others to be written with it. */
export const LOG_FLUSH_MS = 100;
/** Waiting lines are written at once when they reach this many bytes. */
const LOG_BATCH_BYTES = 8192;

/**
 * JSON lines on stderr, written in batches: one write for each line (the request log writes one per
 * request) cost up to a tenth of a query's CPU under load (README, Benchmarks). A line waits at most
 * LOG_FLUSH_MS, or until 8 KB wait; the timer runs only while lines wait, and whatever waits is
 * written (synchronously) when the process exits, so a line logged just before exit is not lost.
 */
const json = (): DestinationStream => {
  const stream = pino.destination({ fd: 2, sync: true, minLength: LOG_BATCH_BYTES });
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    stream.flushSync();
  };
  process.once('exit', flush);
  return {
    write(line: string) {
      stream.write(line);
      timer ??= setTimeout(flush, LOG_FLUSH_MS).unref();
    },
  };
};

let current = createLogger(json());

/** The process's logger, for child loggers that carry a request's fields. */
export const logger = (): Logger => current;

/** Switches to human-readable lines (the demo; pino-pretty is loaded only then) or back to JSON. */
export const setPrettyLogs = async (pretty: boolean): Promise<void> => {
  if (!pretty) {
    current = createLogger(json());
    return;
  }
  const { PinoPretty } = await import('pino-pretty');
  current = createLogger(PinoPretty({ destination: 2, sync: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' }));
};

type Fields = Readonly<Record<string, unknown>>;

export const log = {
  debug: (message: string, fields: Fields = {}) => current.debug(fields, message),
  info: (message: string, fields: Fields = {}) => current.info(fields, message),
  warn: (message: string, fields: Fields = {}) => current.warn(fields, message),
  error: (message: string, fields: Fields = {}) => current.error(fields, message),
};
