import type { StateCreator } from 'zustand/vanilla';
import type { ViewerState } from './viewer-state';

/** The answer this tab is streaming (sent here, resumed after a reload, or followed). */
export interface ActiveRun {
  /** Key of the assistant message it streams into. */
  readonly key: string;
  /** Key of the user message it answers, when this tab sent it. */
  readonly userKey: string | null;
  readonly requestId: string | null;
  readonly runId: string | null;
  readonly threadId: string | null;
  /** The last SSE id received, `<runId>:<index>`: where a resume continues. */
  readonly lastEventId: string | null;
  readonly phase: 'starting' | 'streaming' | 'cancelling';
  /** The user's text: sent again before the run is known; names the run to an older server's `run_started`. */
  readonly text: string | null;
}

export type SocketStatus = 'connecting' | 'online' | 'offline';
export type StreamStatus = 'idle' | 'connecting' | 'open' | 'reconnecting';

export interface RunSlice {
  run: ActiveRun | null;
  connection: { readonly socket: SocketStatus; readonly stream: StreamStatus };
  setRun: (run: ActiveRun | null) => void;
  patchRun: (patch: Partial<ActiveRun>) => void;
  setSocketStatus: (status: SocketStatus) => void;
  setStreamStatus: (status: StreamStatus) => void;
}

export const createRunSlice: StateCreator<ViewerState, [], [], RunSlice> = (set) => ({
  run: null,
  connection: { socket: 'connecting', stream: 'idle' },
  setRun: (run) => set({ run }),
  patchRun: (patch) => set((state) => (state.run ? { run: { ...state.run, ...patch } } : {})),
  setSocketStatus: (socket) =>
    set((state) =>
      state.connection.socket === socket ? {} : { connection: { ...state.connection, socket } },
    ),
  setStreamStatus: (stream) =>
    set((state) =>
      state.connection.stream === stream ? {} : { connection: { ...state.connection, stream } },
    ),
});
