import { access } from 'node:fs/promises';
import path from 'node:path';
import express from 'express';

export type WebAppOptions = {
  /** The Vite build output (`web/dist`). */
  distDir: string;
};

/** Paths the API owns: never answered with the app's HTML, even for browsers asking for it. */
const API_PATH = /^\/(?:api|model|models|socket\.io|healthz)(?:\/|$)/;

const missingBuildPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Anatomy Tutor: web app not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d2430}code{background:#eef1f4;padding:.1em .35em;border-radius:4px}</style>
</head>
<body>
<h1>The web app is not built yet</h1>
<p>The server is running, but there is no build of the web app to serve. Run <code>npm run build:web</code> and reload this page (or use <code>npm run dev</code> while developing).</p>
</body>
</html>
`;

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Serves the built web app: hashed files under `assets/` with a year of immutable caching,
 * `index.html` with `no-cache` (so a deploy is picked up on the next load), other public files
 * for an hour, and the app's HTML for any other GET that accepts HTML (client-side routes) —
 * except under the API's paths. Without a build, `/` says how to make one.
 */
export const createWebAppExtension = (options: WebAppOptions) => (app: express.Express) => {
  const distDir = path.resolve(options.distDir);
  const indexFile = path.join(distDir, 'index.html');

  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: true,
    }),
  );
  const servePublicFiles = express.static(distDir, {
    index: false,
    maxAge: '1h',
    setHeaders: (response, file) => {
      if (file.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req, res, next) => {
    if (API_PATH.test(req.path)) next();
    else servePublicFiles(req, res, next);
  });

  app.get('/{*splat}', async (req, res, next) => {
    if (API_PATH.test(req.path) || path.extname(req.path) !== '' || !req.accepts('html')) {
      next();
      return;
    }
    if (!(await exists(indexFile))) {
      res.status(200).set('Cache-Control', 'no-store').type('html').send(missingBuildPage);
      return;
    }
    res.sendFile(indexFile, { headers: { 'Cache-Control': 'no-cache' } });
  });
};
