import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { AnatomyIndex } from '../state/anatomy-index';
import { useViewerStore } from '../state/use-viewer-store';
import type { BodyRuntime } from './body-runtime';

export interface PartStateSyncProps {
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
}

/**
 * Keeps the part-state texture in step with the store: on every scene change it rewrites the
 * texture (synchronously, inside the store update) and asks for one frame. Renders nothing.
 */
export function PartStateSync({ anatomy, runtime }: PartStateSyncProps) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const write = () => {
      runtime.applyScene(useViewerStore.getState().scene, anatomy);
      invalidate();
    };
    write();
    const unsubscribe = useViewerStore.subscribe((state, previous) => {
      if (state.scene !== previous.scene) write();
    });
    return unsubscribe;
  }, [anatomy, runtime, invalidate]);
  return null;
}
