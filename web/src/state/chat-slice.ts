import type { StateCreator } from 'zustand/vanilla';
import type { StoredMessage, ThreadSummary } from '#shared/protocol/index';
import type { ChatMessage } from './chat-message';
import { mergeHistory } from './merge-history';
import { storedToChatMessage } from './stored-to-chat-message';
import type { ViewerState } from './viewer-state';

export interface ChatNotice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface ChatSlice {
  threads: readonly ThreadSummary[];
  threadsLoaded: boolean;
  /** The open thread; null for a new conversation. */
  threadId: string | null;
  messages: readonly ChatMessage[];
  historyStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Pass as `before` for older messages; null at the start of the thread. */
  historyBefore: string | null;
  notice: ChatNotice | null;

  setThreads: (threads: readonly ThreadSummary[]) => void;
  /** Opens a thread (null: a new conversation); its history loads separately. */
  openThread: (threadId: string | null) => void;
  /** The thread id the server gave a new conversation. */
  adoptThread: (threadId: string) => void;
  setHistory: (threadId: string, stored: readonly StoredMessage[], before: string | null) => void;
  /** Older messages, loaded on demand, go before the ones shown. */
  prependHistory: (
    threadId: string,
    stored: readonly StoredMessage[],
    before: string | null,
  ) => void;
  setHistoryStatus: (status: ChatSlice['historyStatus']) => void;
  addMessages: (...messages: ChatMessage[]) => void;
  updateMessage: (key: string, update: (message: ChatMessage) => ChatMessage) => void;
  removeMessage: (key: string) => void;
  setNotice: (notice: ChatNotice | null) => void;
}

export const createChatSlice: StateCreator<ViewerState, [], [], ChatSlice> = (set, get) => ({
  threads: [],
  threadsLoaded: false,
  threadId: null,
  messages: [],
  historyStatus: 'idle',
  historyBefore: null,
  notice: null,

  setThreads: (threads) => set({ threads, threadsLoaded: true }),
  openThread: (threadId) => {
    if (get().threadId === threadId && threadId !== null) return;
    set({
      threadId,
      messages: [],
      historyBefore: null,
      historyStatus: threadId ? 'loading' : 'idle',
      notice: null,
    });
  },
  adoptThread: (threadId) => set({ threadId }),
  setHistory: (threadId, stored, before) => {
    if (get().threadId !== threadId) return;
    set((state) => ({
      messages: mergeHistory(stored, state.messages),
      historyBefore: before,
      historyStatus: 'ready',
    }));
  },
  prependHistory: (threadId, stored, before) => {
    if (get().threadId !== threadId) return;
    set((state) => {
      const shown = new Set(state.messages.map((m) => m.id));
      const older = stored.filter((m) => !shown.has(m.id)).map(storedToChatMessage);
      return { messages: [...older, ...state.messages], historyBefore: before };
    });
  },
  setHistoryStatus: (historyStatus) => set({ historyStatus }),
  addMessages: (...messages) => set((state) => ({ messages: [...state.messages, ...messages] })),
  updateMessage: (key, update) =>
    set((state) => {
      const index = state.messages.findIndex((m) => m.key === key);
      const current = state.messages[index];
      if (!current) return {};
      const next = update(current);
      if (next === current) return {};
      const messages = state.messages.slice();
      messages[index] = next;
      return { messages };
    }),
  removeMessage: (key) =>
    set((state) => ({ messages: state.messages.filter((m) => m.key !== key) })),
  setNotice: (notice) => set({ notice }),
});
