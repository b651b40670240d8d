import type { ChatSlice } from './chat-slice';
import type { RunSlice } from './run-slice';
import type { SceneSlice } from './scene-slice';

/** The one store's state: the 3D scene, the chat, and the run and connections. */
export type ViewerState = SceneSlice & ChatSlice & RunSlice;
