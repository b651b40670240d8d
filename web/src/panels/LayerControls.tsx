import type { SceneLayer } from '#shared/protocol/index';
import { useViewerStore } from '../state/use-viewer-store';

const layerNames: readonly [SceneLayer, string][] = [
  ['muscles', 'Muscles'],
  ['bones', 'Bones'],
  ['other', 'Other'],
];

/** Layer toggles (muscles, bones, other tissue) and x-ray with its opacity. */
export function LayerControls() {
  const layers = useViewerStore((s) => s.scene.layers);
  const xray = useViewerStore((s) => s.scene.xray);
  const setLayer = useViewerStore((s) => s.setLayer);
  const setXray = useViewerStore((s) => s.setXray);
  const isolated = useViewerStore((s) => s.scene.isolated !== null);
  const hiddenCount = useViewerStore((s) => Object.keys(s.scene.hidden).length);
  const showAll = useViewerStore((s) => s.showAll);
  return (
    <div className="toolbar toolbar--vertical" role="group" aria-label="Layers">
      {layerNames.map(([layer, label]) => (
        <label key={layer} className="toggle">
          <input
            type="checkbox"
            checked={layers[layer]}
            onChange={(event) => setLayer(layer, event.target.checked)}
          />
          <span>{label}</span>
        </label>
      ))}
      <span className="toolbar__divider" aria-hidden="true" />
      <label className="toggle" title="Unselected structures turn translucent">
        <input
          type="checkbox"
          checked={xray.enabled}
          onChange={(event) => setXray(event.target.checked)}
        />
        <span>X-ray</span>
      </label>
      {xray.enabled && (
        <label className="slider">
          <span className="visually-hidden">X-ray opacity</span>
          <input
            type="range"
            min={0.05}
            max={0.8}
            step={0.05}
            value={xray.opacity}
            onChange={(event) => setXray(true, Number(event.target.value))}
          />
        </label>
      )}
      {(isolated || hiddenCount > 0) && (
        <button type="button" className="toolbar__button" onClick={showAll}>
          Show all
        </button>
      )}
    </div>
  );
}
