import express from 'express';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_HEADER } from '#shared/protocol/protocol-version';
import type { SessionResponse } from '#shared/protocol/session-response';
import type { Authenticator } from './auth/authenticator.js';
import { identifyRequests, requestIdentity } from './auth/identify.js';
import type { SseOptions } from './channels/sse-stream.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { corsPolicy, securityHeaders } from './http/security-headers.js';
import type { SitePolicy } from './http/cross-site.js';
import type { DatabaseHealthWatch } from './http/database-health.js';
import type { AssistantHealthWatch } from './agent/watch-assistant-health.js';
import { createModelRoutes } from './http/model-routes.js';
import { limitInFlightPerIdentity } from './http/limit-in-flight.js';
import { refuseForeignRequests } from './http/refuse-foreign-requests.js';
import { rejectUnsafeStrings } from './http/reject-unsafe-strings.js';
import { createTestSseRoute } from './http/test-sse-route.js';
import { createThreadRoutes } from './http/thread-routes.js';
import type { RunService } from './runs/run-service.js';
import type { Database } from './store/database.js';
import type { MessageRepository } from './store/message-repository.js';
import type { ThreadService } from './threads/thread-service.js';

export type AppDeps = {
  db: Database;
  auth: Authenticator;
  /** Origins allowed to call the API from another site. */
  corsOrigins: readonly string[];
  /** Served over HTTPS (HSTS, upgrade-insecure-requests). */
  https: boolean;
  runs: RunService;
  messages: MessageRepository;
  sse: SseOptions;
  /** Extra routers mounted before the fallbacks (anatomy, static web app). */
  extensions?: ((app: express.Express) => void)[];
  startedAt: number;
  /** Which proxies to believe for the client address (TRUST_PROXY, compiled). */
  trustProxy: (address: string, hop: number) => boolean;
  /** Which pages may make state-changing requests (CSRF). */
  sites: SitePolicy;
  databaseHealth: DatabaseHealthWatch;
  threadService: ThreadService;
  /** The model server's last probe; the offline guide and test agents are always ok. */
  assistantHealth?: AssistantHealthWatch;
};

/** Builds the Express app; never listens (main.ts does). */
export const createApp = (deps: AppDeps): express.Express => {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.use((_req, res, next) => {
    res.setHeader(PROTOCOL_VERSION_HEADER, PROTOCOL_VERSION);
    next();
  });
  app.use(securityHeaders({ corsOrigins: deps.corsOrigins, https: deps.https }));
  app.use(corsPolicy(deps.corsOrigins));
  app.use(refuseForeignRequests(deps.sites));
  app.use(express.json({ limit: '64kb' }));
  app.use(rejectUnsafeStrings);
  app.use(identifyRequests(deps.auth));

  app.get('/api/session', (req, res) => {
    const identity = requestIdentity(req);
    const body: SessionResponse = {
      userId: identity.userId,
      anonymous: identity.anonymous,
      token: deps.auth.tokenFor(identity),
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  app.get('/healthz', (_req, res) => {
    const database = deps.databaseHealth.current();
    const assistant = deps.assistantHealth?.current() ?? { state: 'ok', model: null };
    res.status(database.state === 'unreachable' ? 503 : 200).json({
      status: database.state === 'unreachable' ? 'unavailable' : 'ok',
      database: deps.db.kind,
      database_state: database.state,
      database_latency_ms: database.latencyMs,
      // Reported, not a failure: with the model server down the app still serves the viewer.
      assistant: assistant.state,
      assistant_model: assistant.model,
      uptime_s: Math.round((Date.now() - deps.startedAt) / 1000),
    });
  });

  app.get('/model/test-sse', createTestSseRoute(deps.sse));
  app.use('/model', createModelRoutes({ runs: deps.runs, messages: deps.messages, sse: deps.sse }));
  app.use('/api/threads', limitInFlightPerIdentity(8), createThreadRoutes(deps.threadService));
  for (const extend of deps.extensions ?? []) extend(app);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
};
