import { pino, type DestinationStream, type Logger } from 'pino';
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

const root = createRootLogger(process.env.LOG_LEVEL ?? 'info');

/** One child logger per module, named like `viewer:channels:socket`. */
export const createLogger = (namespace: string): Logger =>
  root.child({ ns: `viewer:${namespace}` });
export type { Logger };
