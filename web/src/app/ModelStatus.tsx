import { useViewerStore } from '../state/use-viewer-store';

/**
 * Over the 3D view: a progress bar while the model loads (the light tier, then a slim bar while
 * the full one streams in), or the server's message when the model is missing.
 */
export function ModelStatus() {
  const load = useViewerStore((s) => s.modelLoad);
  if (load.phase === 'missing' || load.phase === 'error') {
    return (
      <div className="model-status model-status--message" role="alert">
        <h2>
          {load.phase === 'missing'
            ? 'The 3D model is not available'
            : 'Could not load the anatomy data'}
        </h2>
        <p>{load.message}</p>
        <p className="model-status__hint">The chat and the muscle browser still work.</p>
      </div>
    );
  }
  if (load.phase === 'ready') return null;
  const percent = Math.round(load.progress * 100);
  if (load.shown) {
    return (
      <div
        className="model-status model-status--slim"
        role="status"
        aria-label={`Loading full detail, ${percent}%`}
      >
        <div className="progress progress--slim">
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <span>Loading full detail… {percent}%</span>
      </div>
    );
  }
  const label =
    load.phase === 'catalog' ? 'Loading anatomy…' : `Loading the body model… ${percent}%`;
  return (
    <div
      className="model-status"
      role="progressbar"
      aria-label="Loading the 3D model"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress">
        <div
          className="progress__bar"
          style={{ width: `${load.phase === 'catalog' ? 4 : Math.max(4, percent)}%` }}
        />
      </div>
      <span>{label}</span>
    </div>
  );
}
