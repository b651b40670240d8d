/** How much the browser benchmark measures. */
export interface BrowserBenchSettings {
  /** Small, so software rasterizing leaves script time readable. */
  viewport: { width: number; height: number };
  /** Frames timing `renderer.render` (drawing clipped): first `warmup` not counted (shader compiles, uploads, JIT). */
  renderFrames: { warmup: number; frames: number };
  /** Full frames timing the software-rendered frame rate. */
  fullFrames: { warmup: number; frames: number };
  selectionMuscles: number;
  selectionRepeats: number;
  /** Model events per channel, one every `intervalMs`. */
  events: { count: number; intervalMs: number };
}

/** The figures `npm run bench` reports; `smoke`: tiny numbers that only prove it all works. */
export const browserBenchSettings = (smoke: boolean): BrowserBenchSettings =>
  smoke
    ? {
        viewport: { width: 640, height: 360 },
        renderFrames: { warmup: 2, frames: 5 },
        fullFrames: { warmup: 1, frames: 3 },
        selectionMuscles: 50,
        selectionRepeats: 3,
        events: { count: 10, intervalMs: 30 },
      }
    : {
        viewport: { width: 640, height: 360 },
        renderFrames: { warmup: 10, frames: 150 },
        fullFrames: { warmup: 3, frames: 20 },
        selectionMuscles: 50,
        selectionRepeats: 31,
        events: { count: 200, intervalMs: 50 },
      };
