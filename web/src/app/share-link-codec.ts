import { SHARE_LINK_VERSION, ShareLink } from '#shared/protocol/index';
import type { AnatomyIndex } from '../state/anatomy-index';
import { initialSceneData } from '../state/initial-scene-data';
import type { CameraPose } from '../state/scene-slice';
import type { SceneData } from '../state/scene-data';

const PREFIX = '#view=';

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): string => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

const sideOf = (entry: { left: boolean; right: boolean }) =>
  entry.left && entry.right ? 'both' : entry.left ? 'left' : 'right';
const round = (n: number) => Math.round(n * 1000) / 1000;

/** The `#view=…` fragment for a scene and the camera's pose (no conversation in it). */
export const encodeShareLink = (scene: SceneData, pose: CameraPose | null): string => {
  const link: ShareLink = {
    v: SHARE_LINK_VERSION,
    sel: Object.entries(scene.selection).map(([id, entry]) => ({
      id,
      side: sideOf(entry),
      color: entry.color,
      ...(entry.parts !== undefined && entry.parts.length > 0 ? { parts: [...entry.parts] } : {}),
    })),
    iso: scene.isolated ? { ids: [...scene.isolated.muscleIds], side: scene.isolated.side } : null,
    layers: { ...scene.layers },
    xray: { on: scene.xray.enabled, opacity: scene.xray.opacity },
    cam: pose
      ? {
          position: [round(pose.position[0]), round(pose.position[1]), round(pose.position[2])],
          target: [round(pose.target[0]), round(pose.target[1]), round(pose.target[2])],
        }
      : null,
    card: scene.inspected,
  };
  return `${PREFIX}${toBase64Url(JSON.stringify(link))}`;
};

export type DecodedShareLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'scene'; readonly scene: SceneData }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * The scene a `#view=…` fragment stands for, built on the default scene; `invalid` (with a short
 * reason for the notice) when it does not decode, is of another version, or names structures
 * this catalog does not know. `cameraSeq` is the current goal's, so the camera moves.
 */
export const decodeShareLink = (
  hash: string,
  anatomy: AnatomyIndex,
  cameraSeq: number,
): DecodedShareLink => {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
  } catch {
    return { kind: 'invalid', reason: 'it is damaged' };
  }
  if ((raw as { v?: unknown } | null)?.v !== SHARE_LINK_VERSION)
    return { kind: 'invalid', reason: 'it was made by another version of the app' };
  const parsed = ShareLink.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', reason: 'it is damaged' };
  const link = parsed.data;
  const known = (id: string) =>
    anatomy.muscles.has(id) || anatomy.bones.has(id) || anatomy.groups.has(id);
  const ids = [...link.sel.map((s) => s.id), ...(link.iso?.ids ?? []), link.card ?? ''];
  const unknown = ids.filter((id) => id !== '' && !known(id));
  if (unknown.length > 0)
    return { kind: 'invalid', reason: `this model has no ${unknown.slice(0, 3).join(', ')}` };
  const selection: SceneData['selection'] = Object.fromEntries(
    link.sel.map((s) => [
      s.id,
      {
        left: s.side !== 'right',
        right: s.side !== 'left',
        color: s.color,
        ...(s.parts !== undefined ? { parts: s.parts } : {}),
      },
    ]),
  );
  return {
    kind: 'scene',
    scene: {
      ...initialSceneData,
      selection,
      isolated: link.iso ? { muscleIds: link.iso.ids, side: link.iso.side } : null,
      layers: link.layers,
      xray: { enabled: link.xray.on, opacity: link.xray.opacity },
      inspected: link.card,
      camera: link.cam
        ? {
            seq: cameraSeq + 1,
            view: null,
            focus: null,
            position: link.cam.position,
            target: link.cam.target,
            durationMs: 0,
          }
        : { ...initialSceneData.camera, seq: cameraSeq + 1, durationMs: 0 },
    },
  };
};
