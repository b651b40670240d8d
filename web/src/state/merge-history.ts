import type { StoredMessage } from '#shared/protocol/index';
import type { ChatMessage } from './chat-message';
import { storedToChatMessage } from './stored-to-chat-message';

const unsaved = (message: ChatMessage) =>
  message.status === 'streaming' || message.status === 'sending';

/**
 * The thread's stored messages, merged with what this tab shows: a message still streaming or
 * sending stays as it is (the stored copy is older); a finished one takes the stored fields but
 * keeps its key and what only this tab measured (streaming speed, reasoning, offline label); a
 * live one the server does not list yet stays at the end.
 */
export const mergeHistory = (
  stored: readonly StoredMessage[],
  live: readonly ChatMessage[],
): ChatMessage[] => {
  const liveById = new Map<string, ChatMessage>();
  for (const message of live) if (message.id) liveById.set(message.id, message);
  const merged = stored.map((m) => {
    const mine = liveById.get(m.id);
    if (!mine) return storedToChatMessage(m);
    if (unsaved(mine)) return mine;
    return {
      ...storedToChatMessage(m),
      key: mine.key,
      offline: mine.offline,
      thinkingText: mine.thinkingText,
      tokenCount: mine.tokenCount,
      firstTokenAt: mine.firstTokenAt,
      lastTokenAt: mine.lastTokenAt,
    };
  });
  const listed = new Set(stored.map((m) => m.id));
  for (const message of live) {
    if (unsaved(message) && (message.id === null || !listed.has(message.id))) merged.push(message);
  }
  return merged;
};
