import type { MeshStandardMaterial } from 'three';
import {
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  NeutralToneMapping,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import { frameBounds } from '#shared/anatomy/frame-camera';
import type { NaiveSceneHandle } from './naive-scene-handle';

const highlight = new Color('#2f8cff');

/**
 * The scene design the app's is compared with: the same full-tier GLB drawn as one mesh per
 * part, each with its own cloned material; a selection recolours materials. Same canvas size,
 * lights, camera framing and tone mapping as the app. Publishes `window.__naiveScene`.
 */
const start = async () => {
  const params = new URLSearchParams(window.location.search);
  const width = Number(params.get('width') ?? window.innerWidth);
  const height = Number(params.get('height') ?? window.innerHeight);
  const response = (await (await fetch('/api/anatomy')).json()) as AnatomyResponse;
  if (!response.model.available) throw new Error(response.model.message);
  const { manifest, urls } = response.model;

  const gl = new WebGLRenderer({ antialias: true, alpha: true });
  gl.setPixelRatio(1);
  gl.setSize(width, height);
  gl.toneMapping = NeutralToneMapping;
  document.body.append(gl.domElement);

  const fov = manifest.camera.fovDeg;
  const camera = new PerspectiveCamera(fov, width / height, 0.02, 30);
  const pose = frameBounds(manifest.bounds, 'anterior', fov, width / height);
  camera.position.set(...pose.position);
  camera.up.set(...pose.up);
  camera.lookAt(...pose.target);

  // The app's lights; its key light sits up and right of the (here fixed, anterior) camera.
  const scene = new Scene();
  const key = new DirectionalLight('#ffffff', 2.1);
  key.position.set(pose.position[0] + 1.2, pose.position[1] + 1.6, pose.position[2] + 1);
  key.target.position.set(pose.position[0], pose.position[1], pose.position[2] - 3);
  const rim = new DirectionalLight('#cfe2ff', 0.9);
  rim.position.set(-2, 3, -3);
  const under = new DirectionalLight('#ffffff', 0.25);
  under.position.set(0, -2, 2);
  scene.add(new HemisphereLight('#f4f1ec', '#3a3430', 1.15), key, key.target, rim, under);

  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(urls.full);
  const parts = new Map<string, { material: MeshStandardMaterial; color: Color }>();
  gltf.scene.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const material = (object.material as MeshStandardMaterial).clone();
    object.material = material;
    const partKey = /^FMA\d+$/.test(object.name) ? object.name : (object.parent?.name ?? '');
    parts.set(partKey, { material, color: material.color.clone() });
  });
  scene.add(gltf.scene);

  const firstFrameAt = await new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      gl.render(scene, camera);
      resolve(performance.now());
    }),
  );
  const selected: { material: MeshStandardMaterial; color: Color }[] = [];
  const handle: NaiveSceneHandle = {
    three: () => ({ gl, scene, camera }),
    select: (keys) => {
      for (const partKey of keys) {
        const part = parts.get(partKey);
        if (!part) continue;
        part.material.color.copy(highlight);
        selected.push(part);
      }
      return selected.length;
    },
    clear: () => {
      for (const part of selected.splice(0)) part.material.color.copy(part.color);
    },
    partCount: parts.size,
    firstFrameAt,
  };
  window.__naiveScene = handle;
};

start().catch((error: unknown) => {
  window.__naiveSceneError = error instanceof Error ? error.message : String(error);
});
