import { useMemo } from 'react';
import type { AnatomyIndex } from '../state/anatomy-index';
import { resolveStructureParts } from '../state/resolve-structure-parts';
import type { SideFlags } from '../state/scene-data';
import { musclePartPhrase } from '../state/muscle-part-phrase';
import { selectedPartIndices } from '../state/selected-part-indices';
import { sideFlags } from '../state/side-flags';
import { structureName } from '../state/structure-name';
import { useViewerStore } from '../state/use-viewer-store';
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
  parts: number[];
  text: string;
  variant: 'label' | 'note';
}

const partsOf = (anatomy: AnatomyIndex, id: string, sides: SideFlags): number[] => {
  const parts: number[] = [];
  resolveStructureParts(anatomy, id, sides, (part) => parts.push(part));
  return parts;
};

/**
 * Name labels on the selected structures and the assistant's annotations, as plain DOM over the
 * canvas (no React root per label): a dot on the part, a leader line, and the name. Hidden
 * until the projector has placed them.
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
            // A muscle selected in parts is labelled on them, and its label names them.
            const parts = entry ? selectedPartIndices(anatomy, id, entry) : [];
            const phrase = musclePartPhrase(entry?.parts);
            return parts.length > 0
              ? [
                  {
                    key: `label-${id}`,
                    structureId: id,
                    parts,
                    text: phrase
                      ? `${structureName(anatomy, id)} (${phrase})`
                      : structureName(anatomy, id),
                    variant: 'label' as const,
                  },
                ]
              : [];
          });
    const notes: Label[] = Object.entries(annotations).flatMap(([id, note]) => {
      const parts = partsOf(anatomy, note.muscleId, sideFlags(note.side));
      return parts.length > 0
        ? [
            {
              key: `note-${id}`,
              structureId: note.muscleId,
              parts,
              text: note.text,
              variant: 'note' as const,
            },
          ]
        : [];
    });
    return [...notes, ...names];
  }, [selection, annotations, anatomy, max]);

  return (
    <div className="scene-labels" aria-hidden="true">
      {labels.map((label) => (
        <div
          key={label.key}
          className={`scene-label scene-label--${label.variant}`}
          data-structure={label.structureId}
          style={{ opacity: 0 }}
          ref={(element) => {
            if (!element) return undefined;
            const [line, dot, text] = Array.from(element.children) as HTMLElement[];
            if (!line || !dot || !text) return undefined;
            return registry.add(label.key, {
              element,
              dot,
              line,
              text,
              parts: label.parts,
              structureId: label.structureId,
              width: text.offsetWidth || 120,
              height: text.offsetHeight || 22,
            });
          }}
        >
          <span className="scene-label__line" />
          <span className="scene-label__dot" />
          <span className="scene-label__text">{label.text}</span>
        </div>
      ))}
    </div>
  );
}
