import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog, parseCatalog } from './load-catalog.js';
import { Catalog, Region } from './catalog-schema.js';
import type { Muscle } from './catalog-schema.js';
import muscles from '../../assets/catalog/muscles.json' with { type: 'json' };
import bones from '../../assets/catalog/bones.json' with { type: 'json' };
import groups from '../../assets/catalog/groups.json' with { type: 'json' };
import regions from '../../assets/catalog/regions.json' with { type: 'json' };
import meta from '../../assets/catalog/meta.json' with { type: 'json' };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(
  process.env.ANATOMY_SOURCE_DIR ?? join(repoRoot, '../shared/anatomy/bodyparts3d'),
);
const partsFile = join(dataDir, 'parts.json');

/** The shipped catalog JSON as it arrives from disk. */
function shippedJson() {
  return { version: meta.version, muscles, bones, groups, regions };
}

/** A schema-valid, mutable copy of the shipped catalog (integrity not checked), to break on purpose. */
function brokenCopy(): Catalog {
  return Catalog.parse(structuredClone(shippedJson()));
}

function muscleIn(catalog: Catalog, id: string): Muscle {
  const muscle = catalog.muscles.find((m) => m.id === id);
  if (muscle === undefined) throw new Error(`no muscle ${id} in the catalog`);
  return muscle;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

describe('loadCatalog', () => {
  it('should parse the shipped catalog and memoize it', () => {
    const catalog = loadCatalog();
    expect(catalog.version).toBe(meta.version);
    expect(loadCatalog()).toBe(catalog);
  });

  it('should hold at least 80 muscles with a mesh, plus named muscles without one', () => {
    const catalog = loadCatalog();
    const withMesh = catalog.muscles.filter((m) => m.hasMesh);
    expect(withMesh.length).toBeGreaterThanOrEqual(80);
    const absent = catalog.muscles.filter((m) => !m.hasMesh).map((m) => m.id);
    expect(absent).toEqual(
      expect.arrayContaining([
        'rectus-abdominis',
        'latissimus-dorsi',
        'sartorius',
        'brachioradialis',
        'internal-oblique',
        'transversus-abdominis',
        'quadratus-lumborum',
        'adductor-longus',
        'fibularis-longus',
        'fibularis-brevis',
        'flexor-digitorum-superficialis',
        'extensor-digitorum',
        'extensor-carpi-ulnaris',
        'masseter',
        'temporalis',
        'frontalis',
        'orbicularis-oculi',
        'buccinator',
      ]),
    );
  });

  it('should draw a student-named muscle with all its heads on each side', () => {
    const byId = new Map(loadCatalog().muscles.map((m) => [m.id, m]));
    expect(byId.get('biceps-brachii')?.parts.left).toHaveLength(2);
    expect(byId.get('triceps-brachii')?.parts.right).toHaveLength(3);
    expect(byId.get('deltoid')?.parts.left).toHaveLength(3);
    expect(byId.get('pectoralis-major')?.parts.right).toHaveLength(3);
    expect(byId.get('trapezius')?.parts.left).toHaveLength(3);
    expect(byId.get('diaphragm')?.parts).toEqual({ left: [], right: [], midline: ['13295'] });
  });

  it('should describe all 14 regions', () => {
    expect(
      loadCatalog()
        .regions.map((r) => r.id)
        .sort(),
    ).toEqual([...Region.options].sort());
  });

  it('should use only FMA ids listed in parts.json whose file exists on disk', (ctx) => {
    ctx.skip(
      !existsSync(partsFile),
      `BodyParts3D data not found at ${dataDir}; set ANATOMY_SOURCE_DIR to check mesh files`,
    );
    const parts = JSON.parse(readFileSync(partsFile, 'utf8')) as {
      fma: string;
      filename: string;
    }[];
    const fileByFma = new Map(parts.map((p) => [p.fma, p.filename]));
    const catalog = loadCatalog();
    const problems: string[] = [];
    for (const { id, parts: p } of [...catalog.muscles, ...catalog.bones]) {
      for (const fma of [...p.left, ...p.right, ...p.midline]) {
        const filename = fileByFma.get(fma);
        if (filename === undefined) problems.push(`${id}: FMA ${fma} not in parts.json`);
        else if (!existsSync(join(dataDir, filename))) problems.push(`${id}: ${filename} absent`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('parseCatalog', () => {
  it('should accept the shipped catalog JSON', () => {
    expect(parseCatalog(shippedJson()).muscles.length).toBe(muscles.length);
  });

  it('should reject a catalog that breaks the schema', () => {
    const raw = structuredClone(shippedJson());
    raw.muscles = raw.muscles.map((m, i) => (i === 0 ? { ...m, region: 'elbow' } : m));
    expect(() => parseCatalog(raw)).toThrow(/Invalid anatomy catalog/);
  });

  it('should list every integrity problem of a broken copy', () => {
    const raw = brokenCopy();
    const find = (id: string) => muscleIn(raw, id);
    // A bone sharing a muscle's id.
    raw.bones = raw.bones.map((b) => (b.id === 'femur' ? { ...b, id: 'deltoid' } : b));
    // A group naming a muscle that does not exist.
    raw.groups = raw.groups.map((g) =>
      g.id === 'rotator-cuff' ? { ...g, muscles: [...g.muscles, 'teres-mediocris'] } : g,
    );
    // A muscle naming a group that does not exist, and one the group does not list back.
    find('brachialis').groups.push('arm-wrestlers', 'hamstrings');
    // hasMesh disagreeing with the parts.
    find('soleus').hasMesh = false;
    // One FMA id drawn by two structures.
    find('gastrocnemius').parts.left.push(...find('soleus').parts.left.slice(0, 1));

    const message = messageOf(() => parseCatalog(raw));
    expect(message).toContain('duplicate id "deltoid" (muscle and bone)');
    expect(message).toContain('group "rotator-cuff" lists unknown muscle "teres-mediocris"');
    expect(message).toContain('muscle "brachialis" lists unknown group "arm-wrestlers"');
    expect(message).toContain(
      'muscle "brachialis" lists group "hamstrings" but the group does not list it',
    );
    expect(message).toContain('muscle "soleus" has hasMesh false but 2 mesh part(s)');
    expect(message).toMatch(
      /FMA \d+ is used by "soleus" and "gastrocnemius"|FMA \d+ is used by "gastrocnemius" and "soleus"/,
    );
    expect(message).toContain('6 integrity problem(s)');
  });

  it('should report a group member that does not list the group back', () => {
    const raw = brokenCopy();
    muscleIn(raw, 'biceps-brachii').groups = [];
    expect(messageOf(() => parseCatalog(raw))).toContain(
      'group "elbow-flexors" lists "biceps-brachii" but the muscle does not list the group',
    );
  });

  it('should report a missing region description', () => {
    const raw = brokenCopy();
    raw.regions = raw.regions.filter((r) => r.id !== 'foot');
    expect(messageOf(() => parseCatalog(raw))).toContain('region "foot" is described 0 times');
  });
});
