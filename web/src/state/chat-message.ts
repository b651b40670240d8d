import type { ErrorBody, MessageStatus, ModelEvent, Usage } from '#shared/protocol/index';

/** A message as the chat shows it: a stored one, or one being sent or streamed. */
export interface ChatMessage {
  /** Stable client key (React key); stays the same when the server id arrives. */
  readonly key: string;
  /** Server message id, once known. */
  readonly id: string | null;
  readonly role: 'user' | 'assistant';
  readonly text: string;
  /** `sending`: a user message the server has not confirmed yet. */
  readonly status: MessageStatus | 'sending';
  readonly runId: string | null;
  /** True while the assistant works and no answer text has arrived since. */
  readonly thinking: boolean;
  /** Reasoning text, where the provider streams it. */
  readonly thinkingText: string;
  /** Answered by the built-in offline guide rather than an AI model. */
  readonly offline: boolean;
  readonly provider: string | null;
  readonly model: string | null;
  readonly error: ErrorBody | null;
  readonly events: readonly ModelEvent[];
  readonly usage: Usage | null;
  /** Streaming statistics (client clock, ms). */
  readonly tokenCount: number;
  readonly firstTokenAt: number | null;
  readonly lastTokenAt: number | null;
  readonly createdAt: string;
}
