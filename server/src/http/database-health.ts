import type { Queryable } from '../store/database.js';

export type DatabaseHealth = { state: 'ok' | 'unreachable' | 'starting'; latencyMs: number | null };

/**
 * Probes the database on a timer, so `/healthz` answers from the last probe at once instead of
 * queueing behind every other statement (a flood of queries would otherwise make a healthy
 * server look dead, and a health check add load to a busy one).
 */
export const watchDatabaseHealth = (db: Queryable, intervalMs = 5_000) => {
  let health: DatabaseHealth = { state: 'starting', latencyMs: null };
  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    const started = performance.now();
    try {
      await db.query('select 1');
      health = { state: 'ok', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch {
      health = { state: 'unreachable', latencyMs: null };
    } finally {
      probing = false;
    }
  };
  void probe();
  const timer = setInterval(() => void probe(), intervalMs);
  timer.unref();
  return {
    current: (): DatabaseHealth => health,
    stop: () => clearInterval(timer),
  };
};
export type DatabaseHealthWatch = ReturnType<typeof watchDatabaseHealth>;
