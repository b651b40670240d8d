import type { MeshStandardMaterial } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import type { SceneData } from '../state/scene-data';
import type { BodyBatch } from './body-batch';
import { createBodyMaterial, type BodyUniforms } from './create-body-material';
import { PartStateTexture } from './part-state-texture';
import { writePartStates } from './write-part-states';

/**
 * What the scene's components share about the body on screen: the part-state texture, the two
 * materials (opaque and x-ray), and the batches of the tier shown (swapped when the full tier
 * replaces the light one). Picking and labels read it in pointer handlers and frames.
 */
export class BodyRuntime {
  readonly partStates: PartStateTexture;
  readonly uniforms: BodyUniforms = { xrayOpacity: { value: 0.25 } };
  readonly opaque: MeshStandardMaterial;
  readonly xray: MeshStandardMaterial;
  private shown: readonly BodyBatch[] = [];
  /** The last occlusion fade's cost: script time, rays cast, parts faded. */
  fadeStats = { ms: 0, rays: 0, blocked: 0, faded: 0, blockers: [] as string[] };

  constructor(partCount: number) {
    this.partStates = new PartStateTexture(partCount);
    this.opaque = createBodyMaterial(this.partStates, this.uniforms, false);
    this.xray = createBodyMaterial(this.partStates, this.uniforms, true);
  }

  /** The batches of the tier on screen. */
  get batches(): readonly BodyBatch[] {
    return this.shown;
  }

  /** Puts a tier's batches on screen; the returned function restores the previous ones. */
  show(batches: readonly BodyBatch[]): () => void {
    const previous = this.shown;
    this.shown = batches;
    return () => {
      if (this.shown === batches) this.shown = previous;
    };
  }

  /** Writes the scene into the part-state texture and the shared uniforms. */
  applyScene(scene: SceneData, anatomy: AnatomyIndex): void {
    writePartStates(scene, anatomy, this.partStates);
    this.uniforms.xrayOpacity.value = scene.xray.opacity;
  }

  dispose(): void {
    this.partStates.dispose();
    this.opaque.dispose();
    this.xray.dispose();
  }
}
