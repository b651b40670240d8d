import { useMemo } from 'react';
import type { AnatomyIndex } from '../state/anatomy-index';
import { structureName } from '../state/structure-name';
import { useViewerStore } from '../state/use-viewer-store';
import { labelAnchors } from './label-anchor';
import type { LabelRegistry } from './label-registry';

export interface ViewerLabelsProps {
  anatomy: AnatomyIndex;
  /** Shared with the canvas's LabelProjector, which places the labels each frame. */
  registry: LabelRegistry;
  /** At most this many name labels; a larger selection is listed below the view instead. @default 12 */
  max?: number;
}

interface Label {
  key: string;
  structureId: string;
  anchors: [number, number, number][];
  text: string;
  variant: 'label' | 'note';
}

/**
 * Name labels on the selected structures and the assistant's annotations, as plain DOM over the
 * canvas (no React root per label). Hidden until the projector has placed them.
 */
export function ViewerLabels({ anatomy, registry, max = 12 }: ViewerLabelsProps) {
  const selection = useViewerStore((s) => s.scene.selection);
  const annotations = useViewerStore((s) => s.scene.annotations);
  const labels = useMemo<Label[]>(() => {
    const ids = Object.keys(selection);
    const names: Label[] =
      ids.length > max
        ? []
        : ids.flatMap((id) => {
            const entry = selection[id];
            const anchors = entry ? labelAnchors(anatomy, id, entry) : [];
            return anchors.length > 0
              ? [
                  {
                    key: `label-${id}`,
                    structureId: id,
                    anchors,
                    text: structureName(anatomy, id),
                    variant: 'label' as const,
                  },
                ]
              : [];
          });
    const notes: Label[] = Object.entries(annotations).flatMap(([id, note]) => {
      const anchors = labelAnchors(anatomy, note.muscleId, note.side);
      return anchors.length > 0
        ? [
            {
              key: `note-${id}`,
              structureId: note.muscleId,
              anchors,
              text: note.text,
              variant: 'note' as const,
            },
          ]
        : [];
    });
    return [...names, ...notes];
  }, [selection, annotations, anatomy, max]);

  return (
    <div className="scene-labels" aria-hidden="true">
      {labels.map((label) => (
        <div
          key={label.key}
          className={`scene-label scene-label--${label.variant}`}
          style={{ opacity: 0 }}
          ref={(element) => {
            if (!element) return undefined;
            const body = element.firstElementChild as HTMLElement | null;
            return registry.add(label.key, {
              element,
              anchors: label.anchors,
              structureId: label.structureId,
              width: body?.offsetWidth ?? 120,
              height: body?.offsetHeight ?? 22,
            });
          }}
        >
          <span className="scene-label__body">
            <span className="scene-label__dot" />
            <span className="scene-label__text">{label.text}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
