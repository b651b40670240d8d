import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import type { Agent } from './agent/agent.js';
import { createApp, type AppDeps } from './app.js';
import { createAuthenticator } from './auth/authenticator.js';
import { createJwtVerifier } from './auth/jwt-verifier.js';
import { loadSessionSecret } from './auth/session-secret.js';
import {
  attachSocketChannel,
  emitModelResponse,
  userRoom,
  type AppServer,
} from './channels/socket-channel.js';
import { endDeadInstanceRuns } from './cluster/end-dead-instance-runs.js';
import { openCluster, type Cluster } from './cluster/open-cluster.js';
import type { Config } from './config.js';
import { createRedisRunSlots } from './cluster/redis-run-slots.js';
import { createSitePolicy } from './http/cross-site.js';
import { watchDatabaseHealth } from './http/database-health.js';
import { watchAssistantHealth } from './agent/watch-assistant-health.js';
import { createAdmission } from './limits/admission.js';
import { clientAddressOf, compileTrust, parseTrustProxy } from './limits/client-address.js';
import { createLocalRunSlots } from './limits/run-slots.js';
import { createGenerationLedger } from './store/generation-ledger.js';
import { pruneGenerationLedger } from './store/prune-generation-ledger.js';
import { createThreadService } from './threads/thread-service.js';
import { createLogger } from './logger.js';
import { interruptLiveRuns } from './runs/interrupt-live-runs.js';
import { createRunRegistry } from './runs/run-registry.js';
import { createRunService } from './runs/run-service.js';
import type { Database } from './store/database.js';
import { createMessageRepository } from './store/message-repository.js';
import { openDatabase } from './store/open-database.js';
import { createThreadRepository } from './store/thread-repository.js';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './language/catalog-index.js';
import { createProgressRepository } from './quiz/progress-repository.js';
import { createQuizRepository } from './quiz/quiz-repository.js';
import { createQuizRoutes } from './quiz/quiz-routes.js';
import { createQuizService } from './quiz/quiz-service.js';

export type ServerOptions = {
  config: Config;
  agent: Agent;
  /** A database to use instead of opening one from the config (tests share one). */
  database?: Database;
  extensions?: AppDeps['extensions'];
  /** The anatomy catalog quizzes are built from; the bundled one by default. */
  catalog?: Catalog;
  _internal?: { now?: () => number; quizPauseMs?: number };
};

export type RunningServer = {
  url: string;
  port: number;
  io: AppServer;
  db: Database;
  /** Ends live runs as interrupted, closes sockets, the HTTP server and (if it opened it) the database. */
  close: () => Promise<void>;
};

const log = createLogger('server');

/** Opens the store, wires HTTP and Socket.IO, and listens on the configured port (0 = any free). */
export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const { config } = options;
  const now = options._internal?.now ?? Date.now;
  const db =
    options.database ??
    (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir }));
  const threads = createThreadRepository(db);
  const messages = createMessageRepository(db);
  // Alone, this instance owns every answer left streaming; in a cluster, only dead instances' are.
  if (!config.REDIS_URL) {
    const interrupted = await messages.markInterrupted();
    if (interrupted > 0)
      log.warn({ interrupted }, 'answers left streaming by the last run are marked interrupted');
  }

  const registry = createRunRegistry({
    graceMs: config.RUN_GRACE_MS,
    pairWindowMs: config.RUN_PAIR_WINDOW_MS,
    now,
  });
  const cluster: Cluster | null = config.REDIS_URL
    ? await openCluster({
        redisUrl: config.REDIS_URL,
        instanceId: config.INSTANCE_ID,
        leaseMs: config.INSTANCE_LEASE_MS,
        graceMs: config.RUN_GRACE_MS,
        pairWindowMs: config.RUN_PAIR_WINDOW_MS,
        perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
        perIpPerMinute: config.RATE_LIMIT_IP_PER_MINUTE,
        registry,
        log: createLogger('cluster'),
        now,
      })
    : null;
  const ledger = createGenerationLedger(db);
  const stopPruning = pruneGenerationLedger(ledger, now, log);
  const admission = createAdmission({
    perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
    perIpPerMinute: config.RATE_LIMIT_IP_PER_MINUTE,
    anonDailyLimit: config.ANON_DAILY_MESSAGE_LIMIT,
    anonDailyAddressLimit: config.ANON_DAILY_ADDRESS_LIMIT,
    maxConcurrentRuns: config.MAX_CONCURRENT_RUNS,
    ledger,
    // Several instances count one user's answers together in Redis.
    slots: cluster ? createRedisRunSlots(cluster.redis, now) : createLocalRunSlots(),
    limiters: cluster?.limiters,
  });
  // A graded quiz step starts a run like a message (admission already checked by the service).
  const quiz = createQuizService({
    index: indexCatalog(options.catalog ?? loadCatalog()),
    quizzes: createQuizRepository(db),
    progress: createProgressRepository(db),
    // Grading costs no model call: a step counts against the rates, not the daily quota.
    admit: (request, runId) => admission.admit(request, runId, { quota: false }),
    startStepRun: async (request) => {
      const { run } = await runs.startOrAttach(request);
      return { runId: run.id, threadId: run.init.threadId };
    },
    ...(options._internal?.quizPauseMs !== undefined
      ? { nextQuestionPauseMs: options._internal.quizPauseMs }
      : {}),
  });
  const runs = createRunService({
    agent: options.agent,
    quiz,
    threads,
    messages,
    registry,
    admission,
    log: createLogger('runs'),
    checkpointMs: config.CHECKPOINT_MS,
    idleTimeoutMs: config.RUN_IDLE_TIMEOUT_MS,
    now,
    cluster: cluster?.runs,
  });
  const sse = {
    retryMs: config.SSE_RETRY_MS,
    heartbeatMs: config.SSE_HEARTBEAT_MS,
    slowClientTimeoutMs: config.SLOW_CLIENT_TIMEOUT_MS,
  };
  const auth = createAuthenticator({
    sessionSecret: await loadSessionSecret(config.SESSION_SECRET, config.dataDir),
    verifyJwt: createJwtVerifier({
      secret: config.AUTH_JWT_SECRET,
      jwksUrl: config.AUTH_JWKS_URL,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
    }),
    secureCookies: config.SECURE_COOKIES,
  });
  // Every tab of the owner hears of a rename or delete, wherever it made.
  let io: AppServer | null = null;
  const threadService = createThreadService({
    threads,
    messages,
    runs,
    listener: () => ({
      renamed: (userId, threadId, title) =>
        io?.to(userRoom(userId)).emit('thread_updated', { thread_id: threadId, title }),
      deleted: (userId, threadId) =>
        io?.to(userRoom(userId)).emit('thread_deleted', { thread_id: threadId }),
    }),
  });
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const trustProxy = compileTrust(parseTrustProxy(config.TRUST_PROXY));
  const sites = createSitePolicy(corsOrigins);
  const databaseHealth = watchDatabaseHealth(db);
  const assistantHealth = await watchAssistantHealth({
    probe: options.agent.health?.probe,
    intervalMs: options.agent.health?.intervalMs ?? 0,
    log: createLogger('agent:health'),
  });
  const app = createApp({
    db,
    auth,
    corsOrigins,
    https: config.SECURE_COOKIES,
    runs,
    messages,
    sse,
    extensions: [(api) => api.use('/api', createQuizRoutes(quiz)), ...(options.extensions ?? [])],
    startedAt: now(),
    trustProxy,
    sites,
    databaseHealth,
    threadService,
    assistantHealth,
  });

  const httpServer = http.createServer(app);
  io = new Server(httpServer, {
    maxHttpBufferSize: 64 * 1024,
    cors: corsOrigins.length > 0 ? { origin: corsOrigins, credentials: true } : undefined,
    // Clients that drop briefly get their rooms and missed packets back.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000 },
    // Several instances: rooms, broadcasts and recovered sessions span them all.
    ...(cluster ? { adapter: cluster.adapter } : {}),
    // A page of another site must not open a socket with the user's cookie (CSRF over WebSocket).
    allowRequest: (request, callback) => {
      const foreign = request.headers.origin !== undefined && sites.isForeign(request.headers);
      callback(foreign ? 'Requests from other sites are not allowed here' : null, !foreign);
    },
  });
  attachSocketChannel(io, {
    auth,
    admission,
    runs,
    log: createLogger('channels:socket'),
    clientAddress: (request) => clientAddressOf(request, trustProxy),
    eventsPerSecond: config.SOCKET_EVENTS_PER_SECOND,
    threadService,
    quiz,
  });

  // A dead instance's runs end as interrupted: their streams, their rows, their socket rooms.
  await cluster?.start(
    endDeadInstanceRuns({
      runs: cluster.runs,
      messages,
      ended: (run) => emitModelResponse(io, run, 'interrupted'),
      log,
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // A burst of new connections (a class opening the app at once) must wait in the accept
    // queue, not overflow it: a dropped SYN is retried after 1 s, then 3 s, then 7 s.
    httpServer.listen({ port: config.PORT, host: config.HOST, backlog: 4096 }, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await interruptLiveRuns(registry, 3000);
      await io.close();
      httpServer.closeAllConnections();
      databaseHealth.stop();
      assistantHealth.stop();
      stopPruning();
      registry.clear();
      await cluster?.close();
      if (!options.database) await db.close();
    })();
    return closing;
  };

  return { url: `http://${host}:${port}`, port, io, db, close };
};
