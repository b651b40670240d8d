import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type express from 'express';
import type { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { ModelManifest } from '#shared/anatomy/model-manifest';
import { AppError } from '../errors/app-error.js';
import { createLogger } from '../logger.js';

const log = createLogger('http:anatomy');
const MANIFEST = 'model-manifest.json';

export type AnatomyOptions = {
  /** Where `npm run assets` wrote the GLBs and the manifest. */
  outDir: string;
  /** What to tell users when no model has been built (the asset build's own message, if it has one). */
  unavailableMessage?: string;
};

type Published = {
  body: string;
  etag: string;
  manifestMtime: number;
  version: string | null;
  files: Set<string>;
};

/**
 * `GET /api/anatomy`: the catalog and the model manifest with the model's URLs (ETag, revalidated);
 * `GET /models/<version>/<file>`: the GLBs, immutable for a year since the version is the build's
 * input hash. A missing or unreadable model is reported in the response, never a server error.
 */
export const createAnatomyExtension = (options: AnatomyOptions) => (app: express.Express) => {
  let published: Published | null = null;

  const publish = async (): Promise<Published> => {
    const manifestPath = path.join(options.outDir, MANIFEST);
    const manifestMtime = await stat(manifestPath).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (published && published.manifestMtime === manifestMtime) return published;

    let model: AnatomyResponse['model'] = {
      available: false,
      message:
        options.unavailableMessage ??
        'The 3D model has not been built yet: run `npm run assets` (see README).',
    };
    let version: string | null = null;
    const files = new Set<string>();
    if (manifestMtime > 0) {
      try {
        const manifest = ModelManifest.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
        version = manifest.inputsHash.slice(0, 16);
        const light = manifest.tiers.find((t) => t.name === 'light') ?? manifest.tiers[0];
        const full = manifest.tiers.find((t) => t.name === 'full') ?? light;
        for (const tier of manifest.tiers) {
          await stat(path.join(options.outDir, tier.file));
          files.add(tier.file);
        }
        if (light && full) {
          model = {
            available: true,
            manifest,
            urls: {
              light: `/models/${version}/${light.file}`,
              full: `/models/${version}/${full.file}`,
            },
          };
        }
      } catch (error) {
        log.warn({ err: error }, 'model manifest unreadable');
        model = {
          available: false,
          message: 'The 3D model build is incomplete or outdated: run `npm run assets` again.',
        };
      }
    }
    const body = JSON.stringify({ catalog: loadCatalog(), model } satisfies AnatomyResponse);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    published = { body, etag, manifestMtime, version, files };
    return published;
  };

  app.get('/api/anatomy', async (req, res) => {
    const current = await publish();
    res.set({ ETag: current.etag, 'Cache-Control': 'no-cache' });
    if (req.get('if-none-match') === current.etag) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(current.body);
  });

  app.get('/models/:version/:file', async (req, res) => {
    const current = await publish();
    const { version, file } = req.params;
    if (version !== current.version || !current.files.has(file)) {
      throw new AppError(
        'NOT_FOUND',
        'No such model file (the model may have been rebuilt: reload /api/anatomy)',
      );
    }
    res.sendFile(path.join(options.outDir, file), {
      headers: {
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Type': 'model/gltf-binary',
      },
    });
  });
};
