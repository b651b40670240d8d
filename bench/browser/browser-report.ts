import type { OcclusionFadeFigure } from './measure-occlusion-fade.js';
import type { Summary } from './summarize.js';

/** One GLB as the manifest lists it and as the page received it. */
export interface ModelFile {
  tier: 'light' | 'full';
  manifestBytes: number;
  /** Body bytes on the wire (null when the page did not fetch it). */
  transferredBytes: number | null;
  triangles: number;
}

/** The figures of one scene design, measured the same way for both. */
export interface SceneFigures {
  scene: 'app' | 'naive';
  description: string;
  /** Canvas size in device pixels. */
  canvas: { width: number; height: number };
  models: ModelFile[];
  triangles: number;
  drawCalls: number;
  /** Script (CPU) time of `renderer.render`, per frame, ms. */
  renderScriptMs: Summary;
  /** Time between frames while rendering every frame, ms. Software-rendered (SwiftShader). */
  frameMs: Summary;
  /** Share of the canvas the body covers (0..1), checked after the frames. */
  coverage: number;
  selection: {
    muscles: number;
    parts: number;
    syncMs: Summary;
    withMicrotasksMs: Summary;
  };
  /** The app only: what fading the parts over a covered muscle costs (see measure-occlusion-fade). */
  occlusionFade?: OcclusionFadeFigure[];
  /** Milliseconds from navigation to the first frame with the whole body, per tier shown. */
  firstFrameMs: { light: number | null; full: number | null };
  /** Whether the page was cross-origin isolated: its timer then has 5 µs steps, else 100 µs. */
  crossOriginIsolated: boolean;
  /** Uncaught errors and console errors on the page. */
  errors: string[];
}

/** One JavaScript file of the web app's build. */
export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Referenced by index.html (the entry and its preloads). */
  entry: boolean;
  /** Fetched before the 3D view's code was requested. */
  firstView: boolean;
  /** Holds the 3D view's code (three.js's renderer). */
  view: boolean;
}

export interface BundleFigures {
  totalGzipBytes: number;
  entryGzipBytes: number;
  /** What the page fetched before the 3D view was requested. */
  firstViewGzipBytes: number;
  lazyGzipBytes: number;
  /** The 3D view's code is only fetched on demand (not in the entry). */
  viewIsLazy: boolean;
  files: BundleFile[];
}

export type EventChannel = 'socket' | 'sse' | 'both';

/** Model events from the agent to the browser's store over one channel (or both, as the app runs). */
export interface EventFigures {
  channel: EventChannel;
  emitted: number;
  /** Distinct events the store applied. */
  applied: number;
  /** Emitted but never applied. */
  lost: number;
  /** Frames that carried an event its channel had already delivered. */
  duplicated: number;
  /** Applied events the agent never emitted (must stay 0). */
  unexpected: number;
  /** Frames carrying model events, per transport (the other transport is blocked per channel). */
  delivered: { socket: number; sse: number };
  /** Agent emit → store applied, ms. */
  applyMs: Summary;
  /** Agent emit → the transport handing the frame to the page, ms. */
  receiveMs: Summary;
  /** The page's clock minus this process's, corrected for, and its uncertainty (ms). */
  clockOffsetMs: number;
  clockUncertaintyMs: number;
  intervalMs: number;
}

export interface BrowserVerdict {
  goal: string;
  measured: string;
  naive: string;
  met: boolean;
}

/** The `browser` part of bench/results/latest.json. */
export interface BrowserReport {
  measuredAt: string;
  smoke: boolean;
  chromium: string;
  viewport: { width: number; height: number };
  app: SceneFigures;
  naive: SceneFigures;
  bundle: BundleFigures;
  events: EventFigures[];
  verdicts: BrowserVerdict[];
}
