import { useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { MeshBVH } from 'three-mesh-bvh';
import type { AnatomyIndex } from '../state/anatomy-index';
import { useViewerStore } from '../state/use-viewer-store';
import type { BodyRuntime } from './body-runtime';
import { mergeBodyParts } from './merge-body-parts';

/** The decoder ships in the bundle (WebAssembly inlined), so nothing is fetched from a CDN. */
const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

export interface BodyModelProps {
  /** URL of the tier's GLB (from `/api/anatomy`). */
  url: string;
  /** Which tier this is: progress is reported under its name. */
  tier: 'light' | 'full';
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
  /** Called once the merged body is on screen (picking follows a moment later). @default undefined */
  onShown?: () => void;
}

/**
 * One tier of the body: loads the GLB (suspending meanwhile, with progress in the store), merges
 * its parts into one geometry per kind, and draws each with the opaque pass and, when x-ray is
 * on, the translucent pass. Picking's BVH is built right after the first frame.
 */
export function BodyModel({ url, tier, anatomy, runtime, onShown }: BodyModelProps) {
  const gltf = useLoader(GLTFLoader, url, withMeshopt, (event) => {
    const total = event.total || (anatomy.manifest?.tiers.find((t) => t.name === tier)?.bytes ?? 0);
    if (total > 0) {
      const progress = Math.min(1, event.loaded / total);
      const current = useViewerStore.getState().modelLoad;
      if (current.phase === tier && progress - current.progress < 0.01 && progress < 1) return;
      useViewerStore.getState().setModelLoad({ phase: tier, progress });
    }
  });
  const merged = useMemo(() => mergeBodyParts(gltf.scene, anatomy), [gltf, anatomy]);
  const xrayOn = useViewerStore((s) => s.scene.xray.enabled);
  // Parts faded over a covered selection draw in the translucent pass too.
  const fadeOn = useViewerStore((s) => s.fade.faded.length > 0);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (merged.skipped.length > 0)
      console.warn(`[body] ${merged.skipped.length} nodes not in the manifest`, merged.skipped);
    const restore = runtime.show(merged.batches);
    // The BVH takes a moment for the full tier: build it after this frame is on screen.
    const timer = setTimeout(() => {
      for (const batch of merged.batches)
        batch.bvh ??= new MeshBVH(batch.geometry, { targetLeafSize: 12 });
    }, 30);
    invalidate();
    onShown?.();
    return () => {
      clearTimeout(timer);
      restore();
    };
  }, [merged, runtime, onShown, invalidate]);

  useEffect(
    () => () => {
      for (const batch of merged.batches) batch.geometry.dispose();
    },
    [merged],
  );

  return (
    <group name={`body-${tier}`}>
      {merged.batches.map((batch) => (
        <mesh
          key={batch.kind}
          geometry={batch.geometry}
          material={runtime.opaque}
          frustumCulled={false}
        />
      ))}
      {merged.batches.map((batch) => (
        <mesh
          key={`${batch.kind}-xray`}
          geometry={batch.geometry}
          material={runtime.xray}
          visible={xrayOn || fadeOn}
          frustumCulled={false}
          renderOrder={1}
        />
      ))}
    </group>
  );
}
