import { pino, type Logger } from 'pino';

const root = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** One child logger per module, named like `viewer:channels:socket`. */
export const createLogger = (namespace: string): Logger =>
  root.child({ ns: `viewer:${namespace}` });
export type { Logger };
