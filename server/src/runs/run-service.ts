import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION } from '#shared/protocol/protocol-version';
import type { SceneState } from '#shared/protocol/scene-state';
import type { Agent, HistoryTurn, QuizStarter } from '../agent/agent.js';
import { findOwnedThread } from '../threads/find-owned-thread.js';
import { AppError } from '../errors/app-error.js';
import type { Admission, AdmissionRequest, Ticket } from '../limits/admission.js';
import type { Logger } from '../logger.js';
import { createAnswerWriter } from '../store/answer-writer.js';
import type { MessageRepository } from '../store/message-repository.js';
import type { ThreadRepository } from '../store/thread-repository.js';
import { cancelReason, type RunCluster } from '../cluster/run-cluster.js';
import { executeRun } from './execute-run.js';
import { runFromStored } from './run-from-stored.js';
import { LocalRun } from './local-run.js';
import type { Channel, Run } from './run.js';
import type { RunRegistry } from './run-registry.js';

export type StartRequest = {
  userId: string;
  anonymous: boolean;
  /** The client's address, for per-IP limits. */
  ip: string;
  channel: Channel;
  message: string;
  threadId?: string | undefined;
  requestId?: string | undefined;
  scene?: SceneState | undefined;
  /** Answers with this agent instead of the configured one (a graded quiz step). */
  agent?: Agent | undefined;
  /** Admitted by the caller already (a quiz answer, before it was recorded), for this run id. */
  ticket?: Ticket | undefined;
};

export type RegenerateRequest = AdmissionRequest & {
  threadId: string;
  scene?: SceneState | undefined;
};

export type SaveOutcome = { stored: 'database' } | { stored: 'failed'; error: string };

export type RunServiceDeps = {
  agent: Agent;
  threads: ThreadRepository;
  messages: MessageRepository;
  registry: RunRegistry;
  log: Logger;
  checkpointMs: number;
  now: () => number;
  /** How many past messages the agent sees at most (the agent trims further to its token budget). */
  historyLimit?: number;
  /** Rate limits and quotas for new runs; none when absent. */
  admission?: Admission;
  /** A run whose agent yields nothing for this long is ended with AGENT_TIMEOUT. */
  idleTimeoutMs: number;
  /** Runs shared with other instances; none in single-instance mode. */
  cluster?: RunCluster;
  /** Quizzes, for the agent's quiz tool. */
  quiz?: QuizStarter;
};

/** No admission configured (some tests): every generation passes. */
const freeTicket = (runId: string): Ticket => ({
  runId,
  release: () => Promise.resolve(),
  end: () => undefined,
});

type Listener = (run: Run) => void;

/** A request id's run ended and expired before this request arrived: a second answer would duplicate it. */
const ALREADY_ANSWERED = 'This message was already answered; its answer is in the thread history';

const newId = () => randomUUID();
/** A conversation id a client may choose for a new thread: a UUID, as `useChat` makes them. */
const CLIENT_THREAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const titleFrom = (message: string) => {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/**
 * Owns the run lifecycle: start or attach (one generation per message, whichever channel comes
 * first), persistence of the user message before generation, cancel and regenerate.
 */
export const createRunService = (deps: RunServiceDeps) => {
  const { registry, threads, messages, log } = deps;
  const createdListeners = new Set<Listener>();
  /** Resolves once a run's user message is saved (or failed to). */
  const saved = new WeakMap<Run, Promise<SaveOutcome>>();
  // How the rows are batched is the store's business (see answer-writer.ts).
  const { insertTurn, saveAnswer, checkpoints } = createAnswerWriter(messages, {
    checkpointMs: deps.checkpointMs,
    log,
  });

  // Cancels sent by other instances for runs generated here.
  deps.cluster?.onCancel((runId, reason) => {
    const run = registry.get(runId);
    if (run?.generatedHere === true) void run.cancel(cancelReason(reason));
  });

  /**
   * Settles once the turn a run of this instance is saving in the thread is in the database: the
   * agent starts before the save ends, so a client may ask about a thread whose row is on its way.
   */
  const threadSaved = async (threadId: string): Promise<void> => {
    const run = registry.activeInThread(threadId);
    if (run) await saved.get(run);
  };

  const ownedThread = async (threadId: string, userId: string) => {
    await threadSaved(threadId);
    return findOwnedThread(threads, threadId, userId);
  };

  /** The run by id, this instance's or mirrored from the one generating it. */
  const ownedRun = async (runId: string, userId: string): Promise<Run> => {
    const run = registry.get(runId) ?? (await deps.cluster?.find(runId));
    if (!run || run.init.userId !== userId)
      throw new AppError('RUN_NOT_FOUND', `Run ${runId} not found or already expired`);
    return run;
  };

  /** Stops a run wherever it is generated; its streams then end with `error` + `done`. */
  const stop = async (run: Run, reason: AppError): Promise<void> => {
    await run.cancel(reason);
  };

  /** The thread's generating run, on this instance or another. */
  const activeInThread = async (threadId: string): Promise<Run | undefined> => {
    const local = registry.activeInThread(threadId);
    if (local || !deps.cluster) return local;
    const runId = await deps.cluster.activeRunId(threadId);
    const run = runId ? await deps.cluster.find(runId) : undefined;
    return run && !run.ended ? run : undefined;
  };

  /**
   * Whether `threadId` names a new conversation: a UUID the caller chose that no thread has yet.
   * An existing thread must be the caller's; anything else answers as a missing thread does.
   */
  const isNewClientThread = async (threadId: string, userId: string): Promise<boolean> => {
    const thread = await threads.find(threadId);
    if (thread && thread.userId === userId) return false;
    if (!thread && CLIENT_THREAD_ID.test(threadId)) return true;
    throw new AppError('THREAD_NOT_FOUND', `Thread ${threadId} not found`);
  };

  /**
   * A request for a message whose run already ended and left memory: its answer, replayed from
   * the database as a finished run (kept for the grace period, so more late requests find it).
   */
  const replayAnswered = async (request: StartRequest, pairKey: string): Promise<Run> => {
    const stored = request.requestId
      ? await messages.findAnswered(request.userId, request.requestId, request.message)
      : null;
    if (!stored) throw new AppError('RUN_ENDED', ALREADY_ANSWERED);
    const run = runFromStored(stored, {
      userId: request.userId,
      pairKey,
      requestId: request.requestId ?? null,
      now: deps.now(),
    });
    const known = registry.get(run.id);
    if (known) return known;
    registry.add(run);
    registry.retire(run);
    return run;
  };

  const regenerateBusy = () =>
    new AppError('CONFLICT', 'This answer is already being regenerated; wait for it or stop it');
  /** Threads with a regenerate starting on this instance. */
  const regenerating = new Set<string>();
  /** Claims the thread's regenerate, here and (in a cluster) on every instance. */
  const regenerateGuard = async (threadId: string): Promise<() => void> => {
    const busy = regenerateBusy;
    if (regenerating.has(threadId)) throw busy();
    regenerating.add(threadId);
    try {
      const releaseShared = deps.cluster ? await deps.cluster.claimRegenerate(threadId) : () => {};
      if (!releaseShared) throw busy();
      return () => {
        regenerating.delete(threadId);
        releaseShared();
      };
    } catch (error) {
      regenerating.delete(threadId);
      throw error;
    }
  };

  const loadHistory = async (
    threadId: string,
    excludeIds: readonly string[],
  ): Promise<HistoryTurn[]> =>
    (await messages.history(threadId, deps.historyLimit ?? 50))
      .filter((m) => !excludeIds.includes(m.id) && m.text.trim() !== '')
      .map((m) => ({ role: m.role, text: m.text }));

  /** `excludeFromHistory` null: a new thread, which has no history to load. */
  const launch = (
    run: LocalRun,
    persist: () => Promise<void>,
    excludeFromHistory: readonly string[] | null,
    ticket: Ticket,
    agent: Agent = deps.agent,
  ) => {
    registry.add(run);
    // A stopped run frees its slot at once: the user may send again right after pressing stop.
    run.abort.signal.addEventListener('abort', ticket.end, { once: true });
    deps.cluster?.publish(run);
    run.append({
      event: 'metadata',
      data: {
        thread_id: run.init.threadId,
        run_id: run.id,
        user_message_id: run.init.userMessageId,
        message_id: run.init.assistantMessageId,
        provider: agent.provider,
        model: agent.model,
        offline: agent.offline,
        protocol_version: PROTOCOL_VERSION,
      },
    });
    run.append({ event: 'thinking', data: { content: '' } });

    const onEnd = (ended: Run) => {
      ticket.end();
      registry.retire(ended);
    };
    const persisted: Promise<SaveOutcome> = persist().then(
      () => ({ stored: 'database' as const }),
      (error: unknown) => {
        log.error({ err: error, runId: run.id }, 'could not save the message');
        return { stored: 'failed' as const, error: 'The message could not be saved' };
      },
    );
    saved.set(run, persisted);
    // Listeners may wait for the save outcome: it is known to them from here on.
    for (const listener of createdListeners) listener(run);
    // The agent starts now, while the turn is being saved: under a burst of new messages the
    // first token must not wait for the database. A save that fails ends the run with
    // STORE_FAILED (and frees the ticket: the answer costs the user nothing).
    void persisted.then((outcome) => {
      if (outcome.stored === 'database') return;
      void ticket.release();
      run.abort.abort(new AppError('STORE_FAILED', 'Your message could not be saved. Try again.'));
    });
    const stored = persisted.then((outcome) => outcome.stored === 'database');
    void (async () => {
      let history: HistoryTurn[] = [];
      try {
        // The new turn's own messages are left out by id, saved yet or not.
        if (excludeFromHistory) history = await loadHistory(run.init.threadId, excludeFromHistory);
      } catch (error) {
        log.warn({ err: error, runId: run.id }, 'history unavailable; answering without it');
      }
      await executeRun(run, history, { ...deps, agent, checkpoints, saveAnswer, onEnd, stored });
    })();
  };

  return {
    /** Registers a listener told of every new run (the socket channel broadcasts through it). */
    onRunCreated(listener: Listener): () => void {
      createdListeners.add(listener);
      return () => createdListeners.delete(listener);
    },

    /**
     * The run for this message: the one the other channel already started for it, or a new one.
     * Validation awaits first; pairing and creation then happen without an await in between.
     */
    async startOrAttach(request: StartRequest): Promise<{ run: Run; attached: boolean }> {
      // A thread id the caller chose for a new conversation creates it; another's is "not found".
      const isNewThread = request.threadId
        ? await isNewClientThread(request.threadId, request.userId)
        : true;
      const pairKey = `${request.userId}\u0000${request.threadId ?? ''}\u0000${request.message}`;
      const agent = request.agent ?? deps.agent;
      // A caller's ticket is given back when no run starts for it, as the cluster path does.
      const existing = registry.pair(request.channel, pairKey, request.requestId ?? null);
      if (existing) {
        void request.ticket?.release();
        return { run: existing, attached: true };
      }
      if (request.requestId && registry.answeredRecently(pairKey, request.requestId)) {
        void request.ticket?.release();
        return { run: await replayAnswered(request, pairKey), attached: true };
      }
      const runId = request.ticket?.runId ?? newId();
      const ticket =
        request.ticket ??
        (deps.admission ? await deps.admission.admit(request, runId) : freeTicket(runId));
      // The other channel may have started the run while admission was checked.
      const started = registry.pair(request.channel, pairKey, request.requestId ?? null);
      if (started) {
        void ticket.release();
        return { run: started, attached: true };
      }
      if (request.requestId && registry.answeredRecently(pairKey, request.requestId)) {
        void ticket.release();
        return { run: await replayAnswered(request, pairKey), attached: true };
      }

      const threadId = request.threadId ?? newId();
      const run = new LocalRun({
        id: runId,
        threadId,
        userId: request.userId,
        userMessageId: newId(),
        assistantMessageId: newId(),
        message: request.message,
        scene: request.scene ?? null,
        pairKey,
        requestId: request.requestId ?? null,
        regenerate: false,
        createdAt: deps.now(),
      });
      run.claims.add(request.channel);
      if (deps.cluster) {
        // The other channel's request may have landed on another instance.
        let winner: string;
        try {
          winner = await deps.cluster.claimPair(run, request.channel);
        } catch (error) {
          void ticket.release();
          throw error;
        }
        if (winner !== run.id) {
          void ticket.release();
          const other = await deps.cluster.find(winner);
          // The message's run ended and expired before this request arrived: answering it
          // again would generate twice, so the answer is replayed from the database.
          if (!other) return { run: await replayAnswered(request, pairKey), attached: true };
          other.claims.add(request.channel);
          return { run: other, attached: true };
        }
      }
      const persist = () =>
        insertTurn({
          threadId,
          newThreadTitle: isNewThread ? titleFrom(request.message) : null,
          userId: request.userId,
          runId: run.id,
          userMessage: { id: run.init.userMessageId, text: request.message },
          requestId: request.requestId ?? null,
          assistantMessage: {
            id: run.init.assistantMessageId,
            provider: agent.provider,
            model: agent.model,
          },
        });
      launch(run, persist, isNewThread ? null : [run.init.userMessageId], ticket, agent);
      return { run, attached: false };
    },

    /**
     * Replace the thread's last answer with a new run for the same user message. Admitted like a
     * new message; one at a time per thread (a second while the first is starting gets CONFLICT).
     */
    async regenerate(request: RegenerateRequest): Promise<Run> {
      await ownedThread(request.threadId, request.userId);
      const releaseGuard = await regenerateGuard(request.threadId);
      let ticket: Ticket | null = null;
      // The guard covers the start; once the run is live, activeInThread shows it to the others.
      try {
        const runId = newId();
        ticket = deps.admission ? await deps.admission.admit(request, runId) : freeTicket(runId);
        const active = await activeInThread(request.threadId);
        // One regenerate per thread at a time; a new message's answer is simply replaced.
        if (active?.init.regenerate) throw regenerateBusy();
        if (active)
          await stop(active, new AppError('cancelled', 'Replaced by a regenerated answer'));
        const { messages: recent } = await messages.page(request.threadId, 2);
        const lastUser = [...recent].reverse().find((m) => m.role === 'user');
        if (!lastUser)
          throw new AppError('MESSAGE_NOT_FOUND', 'This thread has no message to answer again');
        const exclude = recent.filter((m) => m.role === 'assistant').map((m) => m.id);

        const run = new LocalRun({
          id: runId,
          threadId: request.threadId,
          userId: request.userId,
          userMessageId: lastUser.id,
          assistantMessageId: newId(),
          message: lastUser.text,
          scene: request.scene ?? null,
          pairKey: null,
          requestId: null,
          regenerate: true,
          createdAt: deps.now(),
        });
        const persist = () =>
          messages.replaceAnswer(
            {
              id: run.init.assistantMessageId,
              threadId: request.threadId,
              userId: request.userId,
              role: 'assistant',
              text: '',
              status: 'streaming',
              runId: run.id,
              provider: deps.agent.provider,
              model: deps.agent.model,
            },
            lastUser.id,
          );
        launch(run, persist, [lastUser.id, ...exclude], ticket);
        // The next regenerate may start once this one's answer row is in place.
        void (saved.get(run) ?? Promise.resolve()).finally(releaseGuard);
        return run;
      } catch (error) {
        void ticket?.release();
        releaseGuard();
        throw error;
      }
    },

    /** Stops a run: the agent's signal fires, subscribers get `error` {cancelled} then `done`. */
    async cancel(runId: string, userId: string): Promise<Run> {
      const run = await ownedRun(runId, userId);
      await stop(run, new AppError('cancelled', 'The answer was stopped.'));
      return run;
    },

    /** The thread's current run, for cancel-by-thread. */
    async cancelInThread(threadId: string, userId: string): Promise<Run> {
      await ownedThread(threadId, userId);
      const run = await activeInThread(threadId);
      if (!run) throw new AppError('RUN_NOT_FOUND', 'Nothing is generating in this thread');
      await stop(run, new AppError('cancelled', 'The answer was stopped.'));
      return run;
    },

    get: ownedRun,
    stop,
    savedOutcome: (run: Run): Promise<SaveOutcome> =>
      saved.get(run) ?? Promise.resolve({ stored: 'database' }),
    activeInThread,
    threadSaved,
  };
};
export type RunService = ReturnType<typeof createRunService>;
