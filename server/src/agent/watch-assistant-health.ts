import type { Logger } from '../logger.js';
import type { AssistantState, ModelProbe } from './probe-model-server.js';

export interface AssistantHealth {
  state: AssistantState;
  /** The model the provider reports serving, when it does. */
  model: string | null;
}

export interface AssistantHealthWatch {
  current(): AssistantHealth;
  stop(): void;
}

/**
 * Probes the model server at start and then every `intervalMs`, so `/healthz` answers from the
 * last probe at once, and the log says when the assistant becomes unreachable or recovers.
 * Resolves after the first probe. No probe (a test agent): always ok.
 */
export async function watchAssistantHealth(options: {
  probe: (() => Promise<ModelProbe>) | undefined;
  intervalMs: number;
  log: Logger;
}): Promise<AssistantHealthWatch> {
  const { probe, log } = options;
  let health: AssistantHealth = { state: 'ok', model: null };
  if (probe === undefined) return { current: () => health, stop: () => undefined };
  let previous: AssistantState | null = null;
  let probing = false;
  const check = async () => {
    if (probing) return;
    probing = true;
    try {
      const result = await probe();
      health = { state: result.state, model: result.model ?? health.model };
      if (result.state !== previous) {
        const fields = {
          assistant: result.state,
          model: result.model,
          latencyMs: result.latencyMs,
        };
        if (result.state === 'ok') log.info(fields, `model server: ${result.detail}`);
        else log.warn(fields, `model server ${result.state}: ${result.detail}`);
      }
      previous = result.state;
    } finally {
      probing = false;
    }
  };
  await check();
  const timer = options.intervalMs > 0 ? setInterval(() => void check(), options.intervalMs) : null;
  timer?.unref();
  return {
    current: () => health,
    stop: () => {
      if (timer !== null) clearInterval(timer);
    },
  };
}
