import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { readLogSettings } from './config.js';
import { logSafeError, withoutQuery } from './log-safe-error.js';

/**
 * A root logger. Logs name ids, sizes, status codes and timings, never what a student wrote:
 * errors go through `logSafeError` (no request bodies), and a logged `url` loses its query.
 * Prompts are logged only at debug level with LOG_PROMPTS=true (see the agent).
 */
export const createRootLogger = (level: string, destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: logSafeError, error: logSafeError, url: withoutQuery },
    },
    destination,
  );

/** Lines for a person on a terminal: the message and its fields, no timestamps or pids. */
const forPeople = (): DestinationStream =>
  PinoPretty({ sync: true, singleLine: true, ignore: 'pid,hostname,time,ns' });

const settings = readLogSettings();
const root = createRootLogger(settings.LOG_LEVEL, settings.pretty ? forPeople() : undefined);

/** One child logger per module, named like `viewer:channels:socket`. */
export const createLogger = (namespace: string): Logger =>
  root.child({ ns: `viewer:${namespace}` });
export type { Logger };
