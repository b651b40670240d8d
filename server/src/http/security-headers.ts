import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet with a CSP that the built app runs under: scripts and workers from this origin only,
 * WebAssembly compilation for the meshopt decoder, blob: workers and images (three.js makes them),
 * inline style attributes (React), and sockets to this origin plus the allowed ones.
 */
export const securityHeaders = (options: {
  corsOrigins: readonly string[];
  https: boolean;
}): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'wasm-unsafe-eval'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'blob:', 'data:', ...options.corsOrigins],
        'frame-ancestors': ["'none'"],
        // On plain http (local use) upgrading would break every request.
        'upgrade-insecure-requests': options.https ? [] : null,
      },
    },
    strictTransportSecurity: options.https,
  });

/** Cross-origin API access only for the configured origins, with credentials. */
export const corsPolicy = (origins: readonly string[]): RequestHandler =>
  cors({
    origin: origins.length > 0 ? [...origins] : false,
    credentials: true,
    exposedHeaders: ['X-Protocol-Version', 'Retry-After'],
  });
