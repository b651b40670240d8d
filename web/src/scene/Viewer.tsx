import { Canvas } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NeutralToneMapping } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useLoader } from '@react-three/fiber';
import type { AnatomyIndex } from '../state/anatomy-index';
import { useViewerStore } from '../state/use-viewer-store';
import { BodyRuntime } from './body-runtime';
import { BodyModel } from './BodyModel';
import { BodyPicking } from './BodyPicking';
import { CameraRig } from './CameraRig';
import { Lights } from './Lights';
import { OcclusionFade } from './OcclusionFade';
import { PartStateSync } from './PartStateSync';
import { ViewerDebug } from './ViewerDebug';
import { LabelProjector } from './LabelProjector';
import { LabelRegistry } from './label-registry';
import { ViewerLabels } from './ViewerLabels';

export interface ViewerProps {
  /** The loaded catalog and manifest; the model must be available. */
  anatomy: AnatomyIndex;
}

/**
 * The 3D view: the body (light tier first, then the full one swapped in), lights, camera rig,
 * picking, labels. Renders on demand: a frame only when something changed.
 */
export function Viewer({ anatomy }: ViewerProps) {
  const model = anatomy.model;
  const tooltipRef = useRef<HTMLDivElement>(null);
  const labels = useMemo(() => new LabelRegistry(), []);
  const [lightShown, setLightShown] = useState(false);
  const [fullShown, setFullShown] = useState(false);

  const runtime = useMemo(() => new BodyRuntime(anatomy.parts.length), [anatomy]);
  useEffect(() => () => runtime.dispose(), [runtime]);

  const singleTier = !model || model.urls.full === model.urls.light;
  const onLightReady = useCallback(() => {
    setLightShown(true);
    useViewerStore
      .getState()
      .setModelLoad(
        singleTier
          ? { phase: 'ready', progress: 1, shown: 'full' }
          : { phase: 'full', progress: 0, shown: 'light' },
      );
  }, [singleTier]);
  const onFullReady = useCallback(() => {
    setFullShown(true);
    useViewerStore.getState().setModelLoad({ phase: 'ready', progress: 1, shown: 'full' });
  }, []);

  useEffect(() => {
    useViewerStore.getState().setModelLoad({ phase: 'light', progress: 0, shown: null });
  }, []);
  useEffect(() => {
    // The light tier's decoded file is no longer needed once the full one is on screen.
    if (fullShown && model) useLoader.clear(GLTFLoader, model.urls.light);
  }, [fullShown, model]);

  if (!model) return null;
  const fov = anatomy.manifest?.camera.fovDeg ?? 30;
  return (
    // The focusable viewer: the keys (CameraRig) work on it and on anything inside.
    <div
      className="viewer"
      role="application"
      aria-roledescription="3D viewer"
      aria-label="3D view of the body. Drag to rotate, scroll to zoom. Keys: arrows rotate, plus and minus zoom, N goes to the next selected structure, Escape clears the selection."
      tabIndex={0}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov, near: 0.02, far: 30, position: [0, 1, 4] }}
        gl={{
          antialias: true,
          alpha: true,
          powerPreference: 'high-performance',
          toneMapping: NeutralToneMapping,
        }}
      >
        <Lights />
        {!fullShown && (
          <Suspense fallback={null}>
            <BodyModel
              url={model.urls.light}
              tier="light"
              anatomy={anatomy}
              runtime={runtime}
              onShown={onLightReady}
            />
          </Suspense>
        )}
        {lightShown && !singleTier && (
          <Suspense fallback={null}>
            <BodyModel
              url={model.urls.full}
              tier="full"
              anatomy={anatomy}
              runtime={runtime}
              onShown={onFullReady}
            />
          </Suspense>
        )}
        <PartStateSync anatomy={anatomy} runtime={runtime} />
        <BodyPicking anatomy={anatomy} runtime={runtime} tooltipRef={tooltipRef} />
        <CameraRig anatomy={anatomy} runtime={runtime} />
        <OcclusionFade anatomy={anatomy} runtime={runtime} />
        <LabelProjector registry={labels} anatomy={anatomy} runtime={runtime} />
        <ViewerDebug runtime={runtime} anatomy={anatomy} />
      </Canvas>
      <ViewerLabels anatomy={anatomy} registry={labels} />
      <div ref={tooltipRef} className="viewer__tooltip" role="presentation" />
    </div>
  );
}
