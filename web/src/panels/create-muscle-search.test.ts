import { describe, expect, it } from 'vitest';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { buildSearchEntries } from './build-search-entries';
import { createMuscleSearch } from './create-muscle-search';
import { formatAction } from './format-action';

const search = createMuscleSearch(buildSearchEntries(anatomyFixture()));

describe('createMuscleSearch', () => {
  it('should find by name despite typos, by nickname, group and region', () => {
    expect(search('bicep brachi')[0]?.id).toBe('biceps-brachii');
    expect(search('guns')[0]?.id).toBe('biceps-brachii');
    expect(search('jaw muscle')[0]).toMatchObject({ id: 'masseter', hasMesh: false });
    expect(search('elbow flexors').map((e) => e.id)).toContain('elbow-flexors');
    expect(search('upper arm')[0]).toMatchObject({ kind: 'region', id: 'arm' });
  });

  it('should return nothing for an empty query', () => {
    expect(search('  ')).toEqual([]);
  });
});

describe('formatAction', () => {
  it('should phrase an action for people', () => {
    expect(formatAction({ joint: 'elbow', movement: 'flexion', role: 'prime' })).toBe(
      'Flexion of the elbow',
    );
    expect(formatAction({ joint: 'radioulnar', movement: 'supination', role: 'assist' })).toBe(
      'Supination of the forearm (assists)',
    );
  });
});
