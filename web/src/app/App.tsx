import { lazy, Suspense, useState } from 'react';
import { ChatPanel } from '../chat/ChatPanel';
import type { ChatController } from '../net/chat-controller';
import { ChatControllerContext } from './chat-controller-context';
import { ConnectionStatus } from './ConnectionStatus';
import { ErrorBoundary } from './ErrorBoundary';
import { ViewerArea } from './ViewerArea';

const SidePanel = lazy(() => import('../panels/SidePanel').then((m) => ({ default: m.SidePanel })));

export interface AppProps {
  /** The chat controller the app was started with. */
  controller: ChatController;
}

/**
 * The layout: the 3D view dominant in the middle, the muscle browser and details on the left,
 * the chat on the right. On narrow screens the panels become toggled drawers; on a phone the chat
 * is a sheet under the model (taller or shorter by its handle), so the model stays in sight
 * while an answer streams.
 */
export function App({ controller }: AppProps) {
  const [panel, setPanel] = useState<'browse' | 'chat' | null>(null);
  const toggle = (which: 'browse' | 'chat') => setPanel(panel === which ? null : which);
  return (
    <ChatControllerContext.Provider value={controller}>
      <div className={`app ${panel ? `app--show-${panel}` : ''}`}>
        <a className="skip-link" href="#composer-input">
          Skip to the message box
        </a>
        <header className="app-header">
          <div className="app-header__brand">
            <span className="app-header__logo" aria-hidden="true" />
            <h1>Anatomy Tutor</h1>
          </div>
          <div className="app-header__actions">
            <button
              type="button"
              className="app-header__toggle"
              aria-expanded={panel === 'browse'}
              onClick={() => toggle('browse')}
            >
              Muscles
            </button>
            <button
              type="button"
              className="app-header__toggle app-header__toggle--chat"
              aria-expanded={panel === 'chat'}
              onClick={() => toggle('chat')}
            >
              Chat
            </button>
            <ConnectionStatus />
          </div>
        </header>
        <main className="app-main">
          {/* In tab order: the chat (its message box last), the viewer, then the panels; the
              grid puts them back in their columns. */}
          <aside className="chat-column" aria-label="Chat">
            {/* On a phone the chat is a sheet under the model: this handle makes it taller. */}
            <button
              type="button"
              className="chat-column__handle"
              aria-expanded={panel === 'chat'}
              aria-label={panel === 'chat' ? 'Show more of the model' : 'Show more of the chat'}
              onClick={() => toggle('chat')}
            >
              <span aria-hidden="true" />
            </button>
            <ErrorBoundary area="the chat">
              <ChatPanel />
            </ErrorBoundary>
          </aside>
          <ErrorBoundary area="the 3D view">
            <ViewerArea />
          </ErrorBoundary>
          <aside className="side-panel" aria-label="Muscle browser and details">
            <ErrorBoundary area="the muscle browser">
              <Suspense fallback={<div className="side-panel__loading">Loading…</div>}>
                <SidePanel />
              </Suspense>
            </ErrorBoundary>
          </aside>
        </main>
      </div>
    </ChatControllerContext.Provider>
  );
}
