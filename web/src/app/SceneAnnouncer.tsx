import { useEffect, useRef } from 'react';
import { fadeCaptionText } from '../panels/fade-caption-text';
import type { ViewerState } from '../state/viewer-state';
import { musclePartPhrase } from '../state/muscle-part-phrase';
import { structureName } from '../state/structure-name';
import { useViewerStore } from '../state/use-viewer-store';
import { sceneAnnouncement } from './scene-announcement';

/** Changes that come together (selection, then the camera resting) are said once. */
const SETTLE_MS = 700;

const describe = (state: ViewerState): string => {
  const { anatomy, scene, fade } = state;
  const names = Object.entries(scene.selection).map(([id, entry]) => {
    const side = entry.left && entry.right ? '' : entry.left ? ' (left)' : ' (right)';
    const phrase = musclePartPhrase(entry.parts);
    return `${structureName(anatomy, id).toLowerCase()}${phrase ? `: ${phrase}` : ''}${side}`;
  });
  const caption = fadeCaptionText(
    fade.covered.map((id) => structureName(anatomy, id)),
    fade.faded.map((id) => structureName(anatomy, id)),
  );
  return sceneAnnouncement(names, state.cameraView, caption);
};

/**
 * A polite live region that says each scene change in words once it settles ("Selected:
 * infraspinatus, teres minor. View: from behind."), so a screen reader hears what the
 * assistant (or the student) did to the model. Updates the region directly, no React renders.
 */
export function SceneAnnouncer() {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let said = describe(useViewerStore.getState());
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useViewerStore.subscribe((state, previous) => {
      if (
        state.scene.selection === previous.scene.selection &&
        state.cameraView === previous.cameraView &&
        state.fade === previous.fade
      )
        return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const text = describe(useViewerStore.getState());
        if (text === said || !region.current) return;
        said = text;
        region.current.textContent = text;
      }, SETTLE_MS);
    });
    return () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return (
    <div
      ref={region}
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-scene-announcer=""
    />
  );
}
