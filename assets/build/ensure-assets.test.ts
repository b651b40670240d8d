import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureAssets } from './ensure-assets.js';

describe('ensureAssets', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('should report a missing source with the fix, in one line, without throwing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'anatomy-source-'));
    const out = await mkdtemp(path.join(tmpdir(), 'anatomy-out-'));
    dirs.push(empty, out);
    const lines: string[] = [];
    const status = await ensureAssets({
      sourceDir: empty,
      outDir: out,
      log: (line) => lines.push(line),
    });
    expect(status.state).toBe('missing-source');
    expect(status.manifestFile).toBeNull();
    expect(status.message).toContain(empty);
    expect(status.message).toMatch(/ANATOMY_SOURCE_DIR/);
    expect(status.message).toMatch(/--source/);
    expect(lines).toEqual([status.message]);
  });
});
