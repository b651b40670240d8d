import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

export type StreamEntry = { id: string; fields: Record<string, string> };
type Tail = { lastId: string; onEntries: (entries: StreamEntry[]) => void };

const toFields = (flat: string[]): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i] as string] = flat[i + 1] as string;
  return fields;
};

/** ioredis' XREAD/XRANGE reply → entries. */
export const parseStreamEntries = (raw: [string, string[]][]): StreamEntry[] =>
  raw.map(([id, flat]) => ({ id, fields: toFields(flat) }));

/**
 * Follows many Redis streams with one blocking connection: a single XREAD over every followed
 * key. Following a new key unblocks the read at once (CLIENT UNBLOCK), so a new follower waits
 * for nothing. Handlers run in stream order and must not throw.
 */
export const createStreamTailer = (options: {
  /** Issues CLIENT UNBLOCK; must not be the blocking connection itself. */
  control: Redis;
  log: Logger;
  blockMs?: number;
}) => {
  // No retry limit: while Redis is away the read waits for it rather than failing in a loop.
  const reader = options.control.duplicate({ maxRetriesPerRequest: null });
  reader.on('error', () => undefined); // the shared connection logs outages
  const tails = new Map<string, Tail>();
  let readerId: number | null = null;
  let blocked = false;
  let running = true;
  let wake: (() => void) | null = null;
  let failures = 0;

  const unblock = () => {
    wake?.();
    if (blocked && readerId !== null)
      void options.control.client('UNBLOCK', readerId).catch(() => undefined);
  };

  // A reconnected reader is a new client with a new id: keep the one UNBLOCK needs current.
  const refreshId = () =>
    reader.client('ID').then(
      (id) => (readerId = Number(id)),
      () => undefined,
    );
  reader.on('ready', () => void refreshId());

  const loop = async () => {
    await refreshId();
    while (running) {
      if (tails.size === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      const keys = [...tails.keys()];
      const ids = keys.map((key) => tails.get(key)?.lastId ?? '0-0');
      let reply: [string, [string, string[]][]][] | null = null;
      const failed = failures;
      try {
        blocked = true;
        reply = (await reader.xread(
          'COUNT',
          1000,
          'BLOCK',
          options.blockMs ?? 5000,
          'STREAMS',
          ...keys,
          ...ids,
        )) as [string, [string, string[]][]][] | null;
      } catch (error) {
        if (!running) return;
        // Redis away: retry, backing off to once a second, logging once per outage.
        if (failures === 0) options.log.warn({ err: error }, 'stream read failed; retrying');
        failures += 1;
        await new Promise((r) => setTimeout(r, Math.min(1000, 100 * failures)));
      } finally {
        blocked = false;
      }
      if (failures === failed && failures > 0) {
        options.log.info('stream reads resumed');
        failures = 0;
      }
      for (const [key, raw] of reply ?? []) {
        const tail = tails.get(key);
        if (!tail || raw.length === 0) continue;
        tail.lastId = raw.at(-1)?.[0] ?? tail.lastId;
        tail.onEntries(parseStreamEntries(raw));
      }
    }
  };
  const done = loop().catch((error: unknown) => {
    if (running) options.log.error({ err: error }, 'stream tailer stopped');
  });

  return {
    /** Delivers entries of `key` after `lastId` until `unfollow`. */
    follow(key: string, lastId: string, onEntries: (entries: StreamEntry[]) => void): void {
      tails.set(key, { lastId, onEntries });
      unblock();
    },
    unfollow(key: string): void {
      tails.delete(key);
    },
    get following(): number {
      return tails.size;
    },
    async close(): Promise<void> {
      running = false;
      unblock();
      reader.disconnect();
      await done;
    },
  };
};
export type StreamTailer = ReturnType<typeof createStreamTailer>;
