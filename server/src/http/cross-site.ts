import type { IncomingHttpHeaders } from 'node:http';

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
};

const first = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

/**
 * Which pages may act for a user: the app's own origin, and the configured CORS origins. A
 * request no browser page made (no Origin, no Sec-Fetch-Site, no Referer: the seeds' clients,
 * curl) is not a cross-site request and passes; so does a top-level visit the user typed
 * (Sec-Fetch-Site: none).
 */
export const createSitePolicy = (allowedOrigins: readonly string[]) => {
  const allowed = new Set(allowedOrigins.map((origin) => originOf(origin) ?? origin));

  /** The request's own origin as the browser saw it: its Host (or a proxy's X-Forwarded-Host). */
  const isOwnOrigin = (origin: string, headers: IncomingHttpHeaders): boolean => {
    const host = new URL(origin).host;
    return host === headers.host || host === first(headers['x-forwarded-host']);
  };

  const isAllowedOrigin = (origin: string, headers: IncomingHttpHeaders): boolean => {
    const normalized = originOf(origin);
    return normalized !== null && (allowed.has(normalized) || isOwnOrigin(normalized, headers));
  };

  return {
    /**
     * True when a browser page of another, not allowed origin made this request: by its Origin,
     * else by Sec-Fetch-Site, else by its Referer.
     */
    isForeign(headers: IncomingHttpHeaders): boolean {
      const origin = first(headers.origin);
      if (origin !== undefined) return !isAllowedOrigin(origin, headers);
      const referer = headers.referer;
      const site = first(headers['sec-fetch-site']);
      if (site === 'cross-site' || site === 'same-site')
        return referer === undefined || !isAllowedOrigin(referer, headers);
      return referer !== undefined && !isAllowedOrigin(referer, headers);
    },
  };
};
export type SitePolicy = ReturnType<typeof createSitePolicy>;
