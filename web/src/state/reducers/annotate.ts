import type { AnnotatePayload } from '#shared/protocol/index';
import type { AnnotationEntry, SceneData } from '../scene-data';
import { withoutKey } from '../without-key';

/** `model:annotate`: pin, replace (same id) or remove (`text: null`) a label on a muscle. */
export const applyAnnotate = (scene: SceneData, payload: AnnotatePayload): SceneData => {
  if (payload.text === null) {
    const annotations = withoutKey(scene.annotations, payload.annotationId);
    return annotations === scene.annotations ? scene : { ...scene, annotations };
  }
  const entry: AnnotationEntry = {
    muscleId: payload.muscleId,
    side: payload.side,
    text: payload.text,
  };
  return { ...scene, annotations: { ...scene.annotations, [payload.annotationId]: entry } };
};
