import { useEffect } from 'react';
import { tourName } from './tour-name';
import { useViewerStore } from '../state/use-viewer-store';

/**
 * A playing `model:tour`: its caption, step count and controls (previous, pause/play, next,
 * close). Steps advance after their `durationMs` while playing; the user's own camera moves
 * pause it (see the camera rig). Keyboard: the buttons, in order.
 */
export function TourBar() {
  const tour = useViewerStore((s) => s.scene.tour);
  const tourGo = useViewerStore((s) => s.tourGo);
  const tourSetPlaying = useViewerStore((s) => s.tourSetPlaying);
  const tourClose = useViewerStore((s) => s.tourClose);
  const index = tour?.index ?? 0;
  const playing = tour?.playing ?? false;
  const steps = tour?.steps;

  useEffect(() => {
    if (!playing || !steps) return undefined;
    const step = steps[index];
    if (!step) return undefined;
    const timer = setTimeout(() => {
      if (index + 1 < steps.length) useViewerStore.getState().tourGo(index + 1);
      else useViewerStore.getState().tourSetPlaying(false);
    }, step.durationMs);
    return () => clearTimeout(timer);
  }, [playing, steps, index]);

  if (!tour) return null;
  const step = tour.steps[tour.index];
  const last = tour.index === tour.steps.length - 1;
  return (
    <section className="tour-bar" aria-label={`Tour: ${tourName(tour.title)}`}>
      <div className="tour-bar__head">
        <span className="tour-bar__title">{tourName(tour.title)}</span>
        <span className="tour-bar__step">
          Step {tour.index + 1} of {tour.steps.length}
        </span>
      </div>
      <p className="tour-bar__caption" aria-live="polite">
        {step?.caption}
      </p>
      <div className="tour-bar__progress" aria-hidden="true">
        {tour.steps.map((_, i) => (
          <span key={i} className={i <= tour.index ? 'is-done' : ''} />
        ))}
      </div>
      <div className="tour-bar__controls">
        <button
          type="button"
          className="button button--small"
          disabled={tour.index === 0}
          onClick={() => tourGo(tour.index - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => {
            if (!tour.playing && last) tourGo(0);
            tourSetPlaying(!tour.playing);
          }}
        >
          {tour.playing ? 'Pause' : last ? 'Replay' : 'Play'}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={last}
          onClick={() => tourGo(tour.index + 1)}
        >
          Next
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={tourClose}
          aria-label="Close the tour"
        >
          Close
        </button>
      </div>
    </section>
  );
}
