import { useViewerStore } from '../state/use-viewer-store';

/** Both channels' state in one pill: live, reconnecting, or offline (with what still works). */
export function ConnectionStatus() {
  const socket = useViewerStore((s) => s.connection.socket);
  const stream = useViewerStore((s) => s.connection.stream);
  const state =
    stream === 'reconnecting'
      ? 'reconnecting'
      : socket === 'online'
        ? 'online'
        : socket === 'connecting'
          ? 'connecting'
          : 'offline';
  const text = {
    online: 'Connected',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline — retrying',
  }[state];
  return (
    <span
      className={`status-pill status-pill--${state}`}
      role="status"
      title={`Socket: ${socket}; stream: ${stream}`}
    >
      <span className="status-pill__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
