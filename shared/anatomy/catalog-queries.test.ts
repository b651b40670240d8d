import { describe, expect, it } from 'vitest';
import {
  findMusclesByAction,
  musclesInGroup,
  musclesInRegion,
  partsForMuscles,
  structureIdByFma,
} from './catalog-queries.js';
import { loadCatalog } from './load-catalog.js';

const catalog = loadCatalog();
const ids = (list: readonly { id: string }[]) => list.map((m) => m.id).sort();
const matchIds = (list: readonly { muscle: { id: string } }[]) => ids(list.map((m) => m.muscle));

describe('findMusclesByAction', () => {
  it('should name the prime flexors of the elbow, including one without a mesh', () => {
    const matches = findMusclesByAction(catalog, 'elbow', 'flexion');
    expect(matchIds(matches)).toEqual(['biceps-brachii', 'brachialis', 'brachioradialis']);
    const brachioradialis = matches.find((m) => m.muscle.id === 'brachioradialis');
    expect(brachioradialis?.muscle.hasMesh).toBe(false);
    expect(matches.every((m) => m.action.role === 'prime')).toBe(true);
  });

  it('should add the assisting elbow flexors after the prime movers when asked', () => {
    const matches = findMusclesByAction(catalog, 'elbow', 'flexion', { includeAssist: true });
    expect(matchIds(matches)).toEqual(
      expect.arrayContaining([
        'pronator-teres',
        'extensor-carpi-radialis-longus',
        'biceps-brachii',
      ]),
    );
    const firstAssist = matches.findIndex((m) => m.action.role === 'assist');
    expect(firstAssist).toBe(3);
    expect(matches.slice(firstAssist).every((m) => m.action.role === 'assist')).toBe(true);
  });

  it('should answer "what lets me shrug" with the upper trapezius and levator scapulae', () => {
    const matches = findMusclesByAction(catalog, 'scapula', 'elevation');
    expect(matchIds(matches)).toEqual(['levator-scapulae', 'trapezius']);
    expect(matches.find((m) => m.muscle.id === 'trapezius')?.action.note).toMatch(/upper/);
    const withAssist = findMusclesByAction(catalog, 'scapula', 'elevation', {
      includeAssist: true,
    });
    expect(matchIds(withAssist)).toEqual([
      'levator-scapulae',
      'rhomboid-major',
      'rhomboid-minor',
      'trapezius',
    ]);
  });

  it('should name exactly the four quadriceps as knee extensors', () => {
    expect(matchIds(findMusclesByAction(catalog, 'knee', 'extension'))).toEqual([
      'rectus-femoris',
      'vastus-intermedius',
      'vastus-lateralis',
      'vastus-medialis',
    ]);
  });

  it('should name the hamstrings as prime knee flexors and the calf and others as assistants', () => {
    expect(matchIds(findMusclesByAction(catalog, 'knee', 'flexion'))).toEqual([
      'biceps-femoris',
      'semimembranosus',
      'semitendinosus',
    ]);
    const all = matchIds(findMusclesByAction(catalog, 'knee', 'flexion', { includeAssist: true }));
    expect(all).toEqual(
      expect.arrayContaining(['gastrocnemius', 'gracilis', 'sartorius', 'popliteus']),
    );
  });

  it('should return nothing for a movement no muscle performs at that joint', () => {
    expect(findMusclesByAction(catalog, 'elbow', 'inversion', { includeAssist: true })).toEqual([]);
  });
});

describe('musclesInGroup', () => {
  it('should resolve the rotator cuff to its four members in order', () => {
    expect(musclesInGroup(catalog, 'rotator-cuff').map((m) => m.id)).toEqual([
      'supraspinatus',
      'infraspinatus',
      'teres-minor',
      'subscapularis',
    ]);
  });

  it('should resolve every group to all of its listed members', () => {
    for (const group of catalog.groups) {
      expect(musclesInGroup(catalog, group.id).map((m) => m.id)).toEqual(group.muscles);
    }
  });

  it('should include the required groups', () => {
    const groupIds = catalog.groups.map((g) => g.id);
    expect(groupIds).toEqual(
      expect.arrayContaining([
        'rotator-cuff',
        'quadriceps',
        'hamstrings',
        'adductors',
        'erector-spinae',
        'hip-flexors',
        'gluteals',
        'triceps-surae',
        'forearm-flexors',
        'forearm-extensors',
        'hip-lateral-rotators',
        'suprahyoid',
        'infrahyoid',
        'suboccipital',
        'scalenes',
        'abdominal-wall',
        'pelvic-floor',
        'thenar',
        'hypothenar',
        'interossei',
        'pectorals',
        'scapular-stabilizers',
        'transversospinales',
        'elbow-flexors',
        'dorsiflexors',
      ]),
    );
  });

  it('should return an empty list for an unknown group', () => {
    expect(musclesInGroup(catalog, 'no-such-group')).toEqual([]);
  });
});

describe('musclesInRegion', () => {
  it('should list the muscles of the arm', () => {
    expect(ids(musclesInRegion(catalog, 'arm'))).toEqual([
      'biceps-brachii',
      'brachialis',
      'coracobrachialis',
      'triceps-brachii',
    ]);
  });

  it('should give every region at least one muscle', () => {
    for (const region of catalog.regions) {
      expect(musclesInRegion(catalog, region.id).length, region.id).toBeGreaterThan(0);
    }
  });
});

describe('partsForMuscles', () => {
  it('should return both heads of the left biceps', () => {
    expect(partsForMuscles(catalog, ['biceps-brachii'], 'left').sort()).toEqual(['37685', '37687']);
  });

  it('should return both sides for "both" and keep midline parts for one side', () => {
    expect(partsForMuscles(catalog, ['biceps-brachii'], 'both')).toHaveLength(4);
    expect(partsForMuscles(catalog, ['diaphragm', 'deltoid'], 'right').sort()).toEqual([
      '13295',
      '34680',
      '34682',
      '34684',
    ]);
  });

  it('should contribute nothing for muscles without a mesh or unknown ids', () => {
    expect(partsForMuscles(catalog, ['latissimus-dorsi', 'no-such-muscle'], 'both')).toEqual([]);
  });
});

describe('structureIdByFma', () => {
  it('should map muscle and bone parts to their structure and side', () => {
    const map = structureIdByFma(catalog);
    expect(map.get('37687')).toEqual({ id: 'biceps-brachii', kind: 'muscle', side: 'left' });
    expect(map.get('13295')).toEqual({ id: 'diaphragm', kind: 'muscle', side: 'midline' });
    expect(map.get('23130')).toEqual({ id: 'humerus', kind: 'bone', side: 'right' });
  });

  it('should cover every part the catalog uses', () => {
    const total = [...catalog.muscles, ...catalog.bones].reduce(
      (n, s) => n + s.parts.left.length + s.parts.right.length + s.parts.midline.length,
      0,
    );
    expect(structureIdByFma(catalog).size).toBe(total);
  });
});
