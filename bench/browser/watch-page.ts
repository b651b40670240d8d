import type { Page } from 'playwright-core';

/** What a page did while it was measured. */
export interface PageWatch {
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Every URL requested, in order. */
  requests: string[];
  /** Response body bytes of finished requests, by URL (filled as they finish). */
  transferred: Map<string, number>;
  /** Resolves once every finished request's size has been read. */
  settled: () => Promise<void>;
}

/** Starts recording a page's errors, requests and transfer sizes. */
export const watchPage = (page: Page): PageWatch => {
  const errors: string[] = [];
  const requests: string[] = [];
  const transferred = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(
        (sizes) => void transferred.set(request.url(), sizes.responseBodySize),
        () => undefined,
      ),
    );
  });
  return {
    errors,
    requests,
    transferred,
    settled: async () => {
      await Promise.all(pending);
    },
  };
};
