import type { AnatomyResponse } from '#shared/anatomy/anatomy-response';
import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { ModelManifest, ModelPart } from '#shared/anatomy/model-manifest';

type AnatomyManifestViews = ModelManifest['views'];
import type { AnatomyIndex } from '../state/anatomy-index';
import { buildAnatomyIndex } from '../state/build-anatomy-index';

const muscle = (
  id: string,
  name: string,
  fma: { left: string[]; right: string[]; midline?: string[] },
  extra: Partial<Muscle> = {},
): Muscle => ({
  id,
  name,
  synonyms: [],
  nicknames: [],
  region: 'arm',
  groups: [],
  layer: 'superficial',
  origin: 'somewhere',
  insertion: 'elsewhere',
  innervation: 'a nerve',
  actions: [{ joint: 'elbow', movement: 'flexion', role: 'prime' }],
  summary: `${name}.`,
  parts: { left: fma.left, right: fma.right, midline: fma.midline ?? [] },
  hasMesh: true,
  ...extra,
});

const part = (
  fma: string,
  structureId: string | null,
  kind: ModelPart['kind'],
  side: ModelPart['side'],
  x: number,
  y: number,
  z: number,
  musclePart: string | null = null,
): ModelPart => ({
  key: `FMA${fma}`,
  fma,
  label: `Part ${fma}`,
  structureId,
  kind,
  side,
  layer: kind === 'muscle' ? 'superficial' : null,
  musclePart,
  bbox: { min: [x - 0.02, y - 0.05, z - 0.02], max: [x + 0.02, y + 0.05, z + 0.02] },
  centroid: [x, y, z],
  triangles: { light: 10, full: 40 },
});

/**
 * A small catalog and manifest: biceps (a long and a short head a side), triceps, a midline diaphragm, a
 * masseter without mesh, the humerus, and one unnamed part; group `elbow-flexors`.
 */
export const anatomyResponseFixture = (): AnatomyResponse => {
  const parts: ModelPart[] = [
    part('1', 'biceps-brachii', 'muscle', 'left', 0.2, 1.2, 0.09, 'long-head'),
    part('2', 'biceps-brachii', 'muscle', 'left', 0.21, 1.18, 0.09, 'short-head'),
    part('3', 'biceps-brachii', 'muscle', 'right', -0.2, 1.2, 0.09, 'long-head'),
    part('4', 'biceps-brachii', 'muscle', 'right', -0.21, 1.18, 0.09, 'short-head'),
    part('5', 'triceps-brachii', 'muscle', 'left', 0.2, 1.2, 0.0),
    part('6', 'triceps-brachii', 'muscle', 'right', -0.2, 1.2, 0.0),
    part('7', 'diaphragm', 'muscle', 'midline', 0, 1.1, 0.05),
    part('8', 'humerus', 'bone', 'left', 0.2, 1.2, 0.05),
    part('9', 'humerus', 'bone', 'right', -0.2, 1.2, 0.05),
    part('10', null, 'other', 'midline', 0, 1.0, 0.1),
  ];
  return {
    catalog: {
      version: 'test',
      muscles: [
        muscle(
          'biceps-brachii',
          'Biceps brachii',
          { left: ['1', '2'], right: ['3', '4'] },
          { nicknames: ['biceps', 'guns'], groups: ['elbow-flexors'] },
        ),
        muscle(
          'triceps-brachii',
          'Triceps brachii',
          { left: ['5'], right: ['6'] },
          { actions: [{ joint: 'elbow', movement: 'extension', role: 'prime' }] },
        ),
        muscle(
          'diaphragm',
          'Diaphragm',
          { left: [], right: [], midline: ['7'] },
          { region: 'chest' },
        ),
        muscle(
          'masseter',
          'Masseter',
          { left: [], right: [] },
          { region: 'head', hasMesh: false, nicknames: ['jaw muscle'] },
        ),
      ],
      bones: [
        {
          id: 'humerus',
          name: 'Humerus',
          synonyms: [],
          region: 'arm',
          parts: { left: ['8'], right: ['9'], midline: [] },
        },
      ],
      groups: [
        {
          id: 'elbow-flexors',
          name: 'Elbow flexors',
          synonyms: [],
          description: 'Flex the elbow.',
          muscles: ['biceps-brachii'],
        },
      ],
      regions: [
        { id: 'arm', name: 'Arm', synonyms: ['upper arm'] },
        { id: 'chest', name: 'Chest', synonyms: [] },
        { id: 'head', name: 'Head', synonyms: [] },
      ],
    },
    model: {
      available: true,
      urls: { light: '/models/x/body-light.glb', full: '/models/x/body-full.glb' },
      manifest: {
        version: 1,
        inputsHash: '0'.repeat(64),
        builtAt: '2026-01-01T00:00:00.000Z',
        catalogVersion: 'test',
        units: 'm',
        frame: { up: '+Y', left: '+X', anterior: '+Z', description: 'test' },
        attribution: {
          text: 'BodyParts3D',
          source: 'BodyParts3D',
          copyright: '© DBCLS',
          license: 'CC BY-SA 2.1 JP',
          licenseUrl: 'https://creativecommons.org/licenses/by-sa/2.1/jp/deed.en',
        },
        tiers: [
          {
            name: 'light',
            file: 'body-light.glb',
            bytes: 100,
            triangles: 100,
            maxErrorMm: { muscle: 1, bone: 2 },
          },
          {
            name: 'full',
            file: 'body-full.glb',
            bytes: 400,
            triangles: 400,
            maxErrorMm: { muscle: 0.3, bone: 0.6 },
          },
        ],
        bounds: { min: [-0.3, 0, -0.03], max: [0.3, 1.64, 0.23] },
        camera: { fovDeg: 45, aspect: 1 },
        views: {} as AnatomyManifestViews,
        parts,
        registered: [],
        excluded: [],
      },
    },
  };
};

export const anatomyFixture = (): AnatomyIndex => buildAnatomyIndex(anatomyResponseFixture());
