import path from 'node:path';
import { z } from 'zod';
import { resolveAssetDirs } from '../../assets/build/resolve-asset-dirs.js';
import { readAgentConfig } from './agent/agent-config.js';

const int = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** Every environment variable the server reads; the README's configuration table mirrors this. */
export const EnvSchema = z.object({
  PORT: int(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** PostgreSQL connection string; the embedded PGlite database in DATA_DIR when unset. */
  DATABASE_URL: z.string().url().optional(),
  /** Redis for running several instances (needs DATABASE_URL): shared runs, sockets and limits. */
  REDIS_URL: z.string().url().optional(),
  /** This instance's name in the cluster; a fresh random one per start when unset. */
  INSTANCE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - (at most 64)')
    .optional(),
  /** An instance silent for this long is dead: another ends its runs as interrupted. */
  INSTANCE_LEASE_MS: z.coerce.number().int().min(300).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty` (lines for a person) or `json` (one JSON object a line); pretty only on a terminal. */
  LOG_FORMAT: z.enum(['pretty', 'json']).default('pretty'),
  /** How long an ended run's events stay replayable from memory. */
  RUN_GRACE_MS: int(5 * 60_000),
  /** How long a request on one channel pairs with a run the other channel started for the same message. */
  RUN_PAIR_WINDOW_MS: int(30_000),
  SSE_HEARTBEAT_MS: int(15_000),
  /** The reconnect delay the server asks EventSource clients to use. */
  SSE_RETRY_MS: int(2_000),
  /** How long a client may stop reading an SSE stream before it is dropped (it may resume later). */
  SLOW_CLIENT_TIMEOUT_MS: int(30_000),
  /** How often a streaming answer's partial text is saved, so a crash loses at most this much. */
  CHECKPOINT_MS: int(2_000),
  /** Extra origins allowed to call the API and open sockets (comma-separated). */
  CORS_ORIGINS: z.string().default(''),
  /** New messages one identity may send per minute (0 = no limit). */
  RATE_LIMIT_PER_MINUTE: int(20),
  /** New messages one client IP may send per minute (0 = no limit). */
  RATE_LIMIT_IP_PER_MINUTE: int(60),
  /** Messages a guest (anonymous) identity may send in 24 hours (0 = no limit). */
  ANON_DAILY_MESSAGE_LIMIT: int(100),
  /** Answers all guests of one client address may get in 24 hours (0 = no limit). */
  ANON_DAILY_ADDRESS_LIMIT: int(1000),
  /** Events one socket may send per second, averaged over 5 s (0 = no limit). */
  SOCKET_EVENTS_PER_SECOND: int(20),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address, on HTTP and sockets alike:
   * Express's "trust proxy" values (`loopback`, `false`, `true`, a hop count, or addresses/CIDRs).
   */
  TRUST_PROXY: z.string().default('loopback'),
  /** Answers one identity may have generating at once (0 = no limit). */
  MAX_CONCURRENT_RUNS: int(3),
  /** A run whose agent yields nothing for this long ends with AGENT_TIMEOUT. */
  RUN_IDLE_TIMEOUT_MS: int(60_000),
  /** Signs guest sessions; generated into DATA_DIR when unset. Set it when instances share sessions. */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  /** Mark the session cookie Secure (serve over HTTPS). */
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Accounts: HS256 secret for bearer JWTs (their `sub` is the user). */
  AUTH_JWT_SECRET: z.string().min(16).optional(),
  /** Accounts: a JWKS URL to verify bearer JWTs instead of a shared secret. */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_JWT_ISSUER: z.string().optional(),
  AUTH_JWT_AUDIENCE: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** ANATOMY_SOURCE_DIR and ASSETS_OUT_DIR are read by the asset build (assets/build/resolve-asset-dirs.ts). */
export type Config = Env & { dataDir: string };

/** Reads configuration from an environment; throws one message naming every bad variable. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = EnvSchema.refine((e) => !e.REDIS_URL || e.DATABASE_URL, {
    path: ['REDIS_URL'],
    message: 'several instances share PostgreSQL: set DATABASE_URL too',
  }).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    ...parsed.data,
    dataDir: path.resolve(parsed.data.DATA_DIR),
  };
};

export type LogSettings = Pick<Env, 'LOG_LEVEL'> & { pretty: boolean };

/**
 * The logger's settings, read before anything else (the logger exists before `loadConfig` runs):
 * an invalid value falls back to its default here and is reported by `loadConfig`. JSON lines
 * when the output is not a terminal or LOG_FORMAT=json.
 */
export const readLogSettings = (
  env: NodeJS.ProcessEnv = process.env,
  isTerminal: boolean = process.stdout.isTTY,
): LogSettings => {
  const level = EnvSchema.shape.LOG_LEVEL.safeParse(env.LOG_LEVEL);
  const format = EnvSchema.shape.LOG_FORMAT.safeParse(env.LOG_FORMAT);
  return {
    LOG_LEVEL: level.success ? level.data : 'info',
    pretty: isTerminal && (format.success ? format.data : 'pretty') === 'pretty',
  };
};

/**
 * Everything the app reads from its environment, in one place: the server's settings, the
 * assistant's (agent-config.ts), where the body model is built, and logging.
 */
export const loadAppConfig = (env: NodeJS.ProcessEnv = process.env) => ({
  server: loadConfig(env),
  agent: readAgentConfig(env),
  assets: resolveAssetDirs({}, env),
  log: readLogSettings(env),
});
