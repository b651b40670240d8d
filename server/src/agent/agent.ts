import type { ModelCommandOutput } from '../../../shared/protocol/model-event.js';
import type { SceneState } from '../../../shared/protocol/scene-state.js';
import type { Usage } from '../../../shared/protocol/usage.js';
import type { ModelProbe } from './probe-model-server.js';

/** What an agent yields while it answers. Order within a run is the order on the wire. */
export type AgentPart =
  | { type: 'thinking'; text: string }
  | { type: 'token'; text: string }
  | { type: 'model-event'; command: ModelCommandOutput }
  | { type: 'usage'; usage: Usage };

export type HistoryTurn = { role: 'user' | 'assistant'; text: string };

export interface AgentInput {
  message: string;
  /** Earlier turns of the thread, oldest first, not including `message`. */
  history: readonly HistoryTurn[];
  scene: SceneState | null;
  /** Fires on cancel: the agent stops and aborts its provider call. */
  signal: AbortSignal;
}

/** Turns a message into a stream of parts. Providers, the offline guide and test scripts implement it. */
export interface Agent {
  readonly provider: string;
  readonly model: string;
  /** True for the built-in offline guide (the UI labels it as such, not as an AI). */
  readonly offline: boolean;
  run(input: AgentInput): AsyncIterable<AgentPart>;
  /** How to check the model server (for `/healthz`); none for agents that need no server. */
  readonly health?: { probe: () => Promise<ModelProbe>; intervalMs: number };
}
