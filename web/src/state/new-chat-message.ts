import type { ChatMessage } from './chat-message';

/** A chat message with every optional field at its empty value. */
export const newChatMessage = (
  fields: Pick<ChatMessage, 'key' | 'role'> & Partial<ChatMessage>,
): ChatMessage => ({
  id: null,
  text: '',
  status: 'complete',
  runId: null,
  thinking: false,
  thinkingText: '',
  offline: false,
  provider: null,
  model: null,
  error: null,
  events: [],
  usage: null,
  tokenCount: 0,
  firstTokenAt: null,
  lastTokenAt: null,
  createdAt: new Date().toISOString(),
  ...fields,
});
