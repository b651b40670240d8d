import { describe, expect, it } from 'vitest';
import type { Bone, Muscle } from './catalog-schema.js';
import { musclesAttachingTo } from './muscles-attaching-to.js';

const muscle = (id: string, origin: string, insertion: string) =>
  ({ id, name: id, origin, insertion }) as Muscle;
const scapula = { id: 'scapula', name: 'Scapula', synonyms: ['Shoulder blade'] } as Bone;

describe('musclesAttachingTo', () => {
  it('should find the muscles whose origin or insertion names the bone, sorted by name', () => {
    const muscles = [
      muscle('teres-minor', 'Lateral border of the scapula', 'Greater tubercle of the humerus'),
      muscle('biceps', 'Coracoid process; supraglenoid tubercle', 'Radial tuberosity'),
      muscle('levator', 'Transverse processes of C1–C4', 'Medial border of the shoulder blade'),
      muscle('subscapularis', 'Subscapular fossa', 'Lesser tubercle of the humerus'),
    ];
    expect(musclesAttachingTo(scapula, muscles).map((m) => m.id)).toEqual([
      'levator',
      'teres-minor',
    ]);
  });

  it('should narrow to the end asked about', () => {
    const muscles = [
      muscle('teres-minor', 'Lateral border of the scapula', 'Greater tubercle of the humerus'),
      muscle('levator', 'Transverse processes of C1–C4', 'Medial border of the shoulder blade'),
    ];
    expect(musclesAttachingTo(scapula, muscles, 'origin').map((m) => m.id)).toEqual([
      'teres-minor',
    ]);
    expect(musclesAttachingTo(scapula, muscles, 'insertion').map((m) => m.id)).toEqual(['levator']);
  });
});
