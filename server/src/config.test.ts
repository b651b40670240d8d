import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('should default to one instance on the embedded database', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.INSTANCE_LEASE_MS).toBe(10_000);
  });

  it('should refuse Redis without PostgreSQL, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /REDIS_URL: several instances share PostgreSQL: set DATABASE_URL too/,
    );
  });

  it('should accept a cluster configuration and reject a malformed instance id', () => {
    const cluster = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
    };
    expect(loadConfig({ ...cluster, INSTANCE_ID: 'web-1' }).INSTANCE_ID).toBe('web-1');
    expect(() => loadConfig({ ...cluster, INSTANCE_ID: 'has space' })).toThrow(/INSTANCE_ID/);
    expect(() => loadConfig({ ...cluster, INSTANCE_LEASE_MS: '10' })).toThrow(/INSTANCE_LEASE_MS/);
  });
});
