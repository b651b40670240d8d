import type { StoredMessage } from '#shared/protocol/index';
import type { ChatMessage } from './chat-message';
import { newChatMessage } from './new-chat-message';

/** Providers whose answers are not an AI's; stored messages carry no `offline` flag of their own. */
const OFFLINE_PROVIDERS = new Set(['offline', 'offline-guide', 'placeholder']);

/** A message from history as the chat shows it. */
export const storedToChatMessage = (stored: StoredMessage): ChatMessage =>
  newChatMessage({
    key: `m-${stored.id}`,
    id: stored.id,
    role: stored.role,
    text: stored.text,
    status: stored.status,
    runId: stored.run_id,
    offline: stored.provider !== null && OFFLINE_PROVIDERS.has(stored.provider),
    provider: stored.provider,
    model: stored.model,
    error: stored.error,
    events: stored.events,
    usage: stored.usage,
    createdAt: stored.created_at,
  });
