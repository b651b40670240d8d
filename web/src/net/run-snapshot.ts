import type { ModelEvent } from '../../../shared/protocol/index';

/**
 * What a tab keeps (sessionStorage) about the answer it streams, written after every stream
 * message, so a reload resumes after `lastEventId` with the text so far: nothing lost, nothing twice.
 */
export interface RunSnapshot {
  readonly version: 1;
  readonly requestId: string | null;
  readonly runId: string | null;
  /** Null for a new conversation whose thread the server has not named yet. */
  readonly threadId: string | null;
  readonly messageId: string | null;
  readonly userMessageId: string | null;
  /** The user's message: for re-sending the same request before the run is known. */
  readonly userText: string;
  readonly lastEventId: string | null;
  readonly text: string;
  readonly thinkingText: string;
  readonly events: readonly ModelEvent[];
  readonly offline: boolean;
  readonly provider: string | null;
  readonly model: string | null;
  readonly tokenCount: number;
  readonly savedAt: number;
}
