import { useState } from 'react';
import type { NamedView } from '#shared/protocol/index';
import { useViewerStore } from '../state/use-viewer-store';

const main: readonly [NamedView, string][] = [
  ['anterior', 'Front'],
  ['posterior', 'Back'],
  ['left', 'Left'],
  ['right', 'Right'],
  ['superior', 'Top'],
  ['inferior', 'Bottom'],
];
const oblique: readonly [NamedView, string][] = [
  ['anterolateral-left', 'Front left'],
  ['anterolateral-right', 'Front right'],
  ['posterolateral-left', 'Back left'],
  ['posterolateral-right', 'Back right'],
];

/** Buttons for every named view (the body's left and right, not the screen's), and Reset. */
export function ViewControls() {
  const current = useViewerStore((s) => s.cameraView);
  const setView = useViewerStore((s) => s.setView);
  const resetScene = useViewerStore((s) => s.resetScene);
  const [more, setMore] = useState(false);
  const button = ([view, label]: readonly [NamedView, string]) => (
    <button
      key={view}
      type="button"
      className="toolbar__button"
      aria-pressed={current === view}
      title={`View from the ${view.replace('-', ' ')}`}
      onClick={() => setView(view)}
    >
      {label}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Camera views">
      {main.map(button)}
      <button
        type="button"
        className="toolbar__button"
        aria-expanded={more}
        onClick={() => setMore(!more)}
      >
        {more ? 'Less' : 'More'}
      </button>
      {more && oblique.map(button)}
      <span className="toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="toolbar__button"
        onClick={resetScene}
        title="Clear the selection and show the whole body"
      >
        Reset
      </button>
    </div>
  );
}
