import { useViewerStore } from '../state/use-viewer-store';
import { musclePartPhrase } from '../state/muscle-part-phrase';
import { structureName } from '../state/structure-name';

/** What is highlighted, as chips (each opens its details), with Clear. */
export function SelectionSummary() {
  const selection = useViewerStore((s) => s.scene.selection);
  const anatomy = useViewerStore((s) => s.anatomy);
  const inspect = useViewerStore((s) => s.inspect);
  const clearSelection = useViewerStore((s) => s.clearSelection);
  const ids = Object.keys(selection);
  if (ids.length === 0) return null;
  const shown = ids.slice(0, 6);
  return (
    <div className="selection-summary" role="group" aria-label="Selected structures">
      {shown.map((id) => {
        const entry = selection[id];
        const side =
          entry && !(entry.left && entry.right) ? (entry.left ? ' (left)' : ' (right)') : '';
        const phrase = musclePartPhrase(entry?.parts);
        return (
          <button
            key={id}
            type="button"
            className="chip chip--selected"
            onClick={() => inspect(id)}
          >
            {structureName(anatomy, id)}
            {phrase && `: ${phrase}`}
            {side}
          </button>
        );
      })}
      {ids.length > shown.length && (
        <span className="selection-summary__more">+{ids.length - shown.length} more</span>
      )}
      <button type="button" className="link-button" onClick={clearSelection}>
        Clear
      </button>
    </div>
  );
}
