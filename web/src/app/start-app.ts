import { config as zodConfig } from 'zod';
import { createChatController, type ChatController } from '../net/chat-controller';
import { connectSocket } from '../net/connect-socket';
import { resolveIdentity } from '../net/resolve-identity';
import { createRunSnapshotStore } from '../session/run-snapshot-store';
import { createQuizClient, setQuizClient } from '../quiz/quiz-client';
import { useViewerStore } from '../state/use-viewer-store';
import type { ViewerStore } from '../state/viewer-store';
import { applyShareLink } from './apply-share-link';
import { loadAnatomy } from './load-anatomy';
import { persistScene } from './persist-scene';
import { threadUrl } from './thread-url';

declare global {
  interface Window {
    /** The app's store, for end-to-end tests and automation: `window.__anatomyStore.getState()`. */
    __anatomyStore?: ViewerStore;
  }
}

const safeStorage = (pick: () => Storage): Storage | null => {
  try {
    return pick();
  } catch {
    return null;
  }
};

/**
 * Wires the app outside React: the store, the identity (first, so every later request carries
 * the same session cookie), the socket, the chat controller (which resumes an interrupted
 * answer), the anatomy data, scene persistence across reloads, and a shared view's link.
 */
export const startApp = async (): Promise<{ controller: ChatController; dispose: () => void }> => {
  // The strict CSP has no 'unsafe-eval'; zod must not try to compile validators.
  zodConfig({ jitless: true });
  const store = useViewerStore;
  window.__anatomyStore = store;

  const local = safeStorage(() => window.localStorage);
  const session = safeStorage(() => window.sessionStorage);
  const identity = await resolveIdentity((input, init) => fetch(input, init), local);

  const stopPersistingScene = persistScene(store, session, window);

  const socket = connectSocket(identity);
  const controller = createChatController({
    store,
    socket,
    userId: identity.userId,
    createEventSource: (url) => new EventSource(url),
    fetch: (input, init) => fetch(input, init),
    snapshots: createRunSnapshotStore(session),
    page: window,
    onThreadChange: (threadId) => threadUrl.write(threadId),
  });
  setQuizClient(createQuizClient({ socket, fetch: (input, init) => fetch(input, init) }));
  controller.start(threadUrl.read(window.location));
  applyShareLink(store, window.location, window.history);
  void loadAnatomy(store);

  return {
    controller,
    dispose: () => {
      stopPersistingScene();
      controller.dispose();
      socket.close();
    },
  };
};
