import { describe, expect, it } from 'vitest';
import { namesStartedBy } from './name-prefix.js';

const names = [
  'Latissimus dorsi',
  'Sternocleidomastoid',
  'Sternohyoid',
  'Extensor a',
  'Extensor b',
];

describe('namesStartedBy', () => {
  it('should offer the few names a half-written name starts', () => {
    expect(namesStartedBy(names, 'latissimus')).toEqual(['Latissimus dorsi']);
    expect(namesStartedBy(names, 'sternocleido')).toEqual(['Sternocleidomastoid']);
    expect(namesStartedBy(names, 'extensor', 1)).toEqual([]);
  });

  it('should offer nothing for a short start or no match', () => {
    expect(namesStartedBy(names, 'ster')).toEqual([]);
    expect(namesStartedBy(names, 'zorbulax')).toEqual([]);
  });
});
