import { createLogger } from '../logger.js';

const log = createLogger('input');

/**
 * Notes, at debug level, the top-level keys of `input` that parsing dropped: clients may send
 * keys this server does not know (a newer client, the seeds' `user_id`), and they are ignored.
 */
export const logDroppedKeys = (input: unknown, output: unknown, what: string): void => {
  if (!log.isLevelEnabled('debug')) return;
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null)
    return;
  const dropped = Object.keys(input).filter((key) => !Object.hasOwn(output, key));
  if (dropped.length > 0) log.debug({ what, dropped }, 'unknown keys ignored');
};
