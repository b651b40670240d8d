import { structureName } from '../state/structure-name';
import { useViewerStore } from '../state/use-viewer-store';
import { fadeCaptionText } from './fade-caption-text';

/** Says, in one line over the view, which parts were faded so a covered selection shows. */
export function FadeCaption() {
  const fade = useViewerStore((s) => s.fade);
  const anatomy = useViewerStore((s) => s.anatomy);
  const text = fadeCaptionText(
    fade.covered.map((id) => structureName(anatomy, id)),
    fade.faded.map((id) => structureName(anatomy, id)),
  );
  if (!text) return null;
  return <p className="fade-caption">{text}</p>;
}
