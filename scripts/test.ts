import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureAssets } from '../assets/build/ensure-assets.js';
import { resolveAssetDirs } from '../assets/build/resolve-asset-dirs.js';
import { llamaUnavailable } from '../test/llama/support/llama-server.js';
import { repoRoot } from './prepare-app.js';

/**
 * The one test command (`npm test`): type check, lint, unit and integration tests on the embedded
 * database, the database tests again on PostgreSQL when TEST_DATABASE_URL is set, two instances
 * on Redis and PostgreSQL when TEST_REDIS_URL is set too, the assistant against a real llama.cpp
 * server when ../shared/llm is there, then the end-to-end tests in Chromium. Ends with one
 * "N passed, N failed" line.
 */
const resultsDir = path.join(repoRoot, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
/** Each failed test with its step and first error line, printed again at the very end. */
const failedTests: string[] = [];

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

const firstLine = (text: string | undefined) =>
  (text ?? '').split('\n').find((line) => line.trim() !== '') ?? '';

const run = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(label);
  return ok;
};

const vitest = (label: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const report = path.join(resultsDir, `${label.replace(/\W+/g, '-')}.json`);
  run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...args,
    ],
    env,
  );
  if (!existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJsonReport;
  for (const file of json.testResults) {
    const where = path.relative(repoRoot, file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed)
      failedTests.push(
        `${label}: ${where} > ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`,
      );
    // A file that failed outside any test (an error in a hook or while loading).
    if (!failed.length && file.message)
      failedTests.push(`${label}: ${where}\n    ${firstLine(file.message)}`);
  }
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
};

// Build the model first (when missing or stale), so parallel test files find it ready.
console.log('\n▶ model build (when missing or stale)');
const assets = await ensureAssets({ ...resolveAssetDirs(), log: (line) => console.log(line) });
if (assets.state === 'missing-source') failures.push('model build (no anatomy source)');
run('type check', 'npx', ['tsc', '--build']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
// The first pass is the default mode: one instance on the embedded database.
vitest(
  'unit and integration tests (embedded database)',
  ['--exclude', 'test/cluster/**', '--exclude', 'test/llama/**'],
  { TEST_DATABASE_URL: '', TEST_REDIS_URL: '' },
);
const noLlama = llamaUnavailable();
if (noLlama === null) {
  vitest('the assistant on a real llama.cpp server', ['test/llama'], { TEST_DATABASE_URL: '' });
} else {
  console.log(`\n(the llama.cpp model server tests did not run: ${noLlama})`);
}
if (process.env.TEST_DATABASE_URL) {
  vitest(
    'database tests on PostgreSQL',
    ['test/persistence', 'test/streaming', 'test/http', 'test/quiz'],
    {
      TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
    },
  );
} else {
  console.log(
    '\n(TEST_DATABASE_URL is not set: the database tests ran on the embedded database only)',
  );
}
if (process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL) {
  vitest('two instances on Redis and PostgreSQL', ['test/cluster']);
} else {
  console.log('\n(TEST_REDIS_URL or TEST_DATABASE_URL is not set: the cluster tests did not run)');
}
if (process.env.SKIP_E2E === '1') {
  console.log('\n(SKIP_E2E=1: end-to-end tests skipped)');
} else if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log(
    '\n✘ end-to-end tests need Chromium: apt-get install -y chromium (or set CHROMIUM_PATH, or SKIP_E2E=1)',
  );
  failures.push('end-to-end tests (no Chromium)');
} else {
  vitest('end-to-end tests (Chromium)', ['--config', 'vitest.e2e.config.ts']);
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.join('\n')}`);
console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed'}`);
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failures.length ? 1 : 0);
