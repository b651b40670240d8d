import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built app in headless Chromium against the real server, one at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    // Chromium draws with SwiftShader here (2–7 frames a second on two cores): a test that waits
    // on frames (labels, framing, hover, scroll following) can miss its moment. A retry runs it
    // again from the same page state; a test that fails three times still fails the run.
    retry: 2,
    hookTimeout: 240_000,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
