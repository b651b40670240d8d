import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAssets } from '../../assets/build/ensure-assets.js';
import { resolveAssetDirs } from '../../assets/build/resolve-asset-dirs.js';
import { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import type { RunningServer } from '../../server/src/create-server.js';
import { createAnatomyExtension } from '../../server/src/http/anatomy-routes.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent } from '../support/scripted-agent.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

const { outDir } = resolveAssetDirs();
let db: Database;
let server: RunningServer;
let missing: RunningServer;

beforeAll(async () => {
  const status = await ensureAssets();
  if (status.state === 'missing-source') throw new Error(status.message);
  db = await openTestDatabase();
  server = await startTestServer({
    agent: createScriptedAgent([]),
    database: db,
    extensions: [createAnatomyExtension({ outDir })],
  });
  missing = await startTestServer({
    agent: createScriptedAgent([]),
    database: db,
    extensions: [
      createAnatomyExtension({
        outDir: '/nonexistent',
        unavailableMessage: 'Anatomy source not found: set ANATOMY_SOURCE_DIR',
      }),
    ],
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await missing.close();
  await db.close();
});

describe('GET /api/anatomy', () => {
  it('should publish the catalog and the manifest with versioned model URLs, revalidated by ETag', async () => {
    const res = await fetch(`${server.url}/api/anatomy`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const body = AnatomyResponse.parse(await res.json());
    expect(body.catalog.muscles.length).toBeGreaterThanOrEqual(80);
    if (!body.model.available) throw new Error(body.model.message);
    expect(body.model.urls.light).toMatch(/^\/models\/[0-9a-f]{16}\/body-light\.glb$/);
    expect(body.model.manifest.parts.length).toBeGreaterThan(500);

    const etag = res.headers.get('etag') as string;
    const again = await fetch(`${server.url}/api/anatomy`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('should serve each tier byte for byte with year-long immutable caching, and 404 other versions', async () => {
    const body = AnatomyResponse.parse(await (await fetch(`${server.url}/api/anatomy`)).json());
    if (!body.model.available) throw new Error('model missing');
    for (const url of [body.model.urls.light, body.model.urls.full]) {
      const res = await fetch(`${server.url}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toBe('model/gltf-binary');
      const served = Buffer.from(await res.arrayBuffer());
      expect(served.equals(await readFile(path.join(outDir, path.basename(url))))).toBe(true);
    }
    expect((await fetch(`${server.url}/models/0000000000000000/body-full.glb`)).status).toBe(404);
    expect(
      (
        await fetch(
          `${server.url}${body.model.urls.full.replace('body-full.glb', 'model-manifest.json')}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(
          `${server.url}${body.model.urls.full.replace('body-full.glb', '..%2F..%2Fpackage.json')}`,
        )
      ).status,
    ).toBe(404);
  });

  it('should say plainly when there is no model, and still serve the catalog', async () => {
    const body = AnatomyResponse.parse(await (await fetch(`${missing.url}/api/anatomy`)).json());
    expect(body.model).toEqual({
      available: false,
      message: 'Anatomy source not found: set ANATOMY_SOURCE_DIR',
    });
    expect(body.catalog.muscles.length).toBeGreaterThan(0);
  });
});
