import { describe, expect, it } from 'vitest';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { partDisplayName } from './part-display-name';

const anatomy = anatomyFixture();
const at = (key: string) => anatomy.partIndexByKey.get(key) ?? -1;

describe('partDisplayName', () => {
  it('should name the muscle, the part of it the mesh draws, and the side', () => {
    expect(partDisplayName(anatomy, at('FMA1'))).toBe('Biceps brachii, long head (left)');
    expect(partDisplayName(anatomy, at('FMA5'))).toBe('Triceps brachii (left)');
    expect(partDisplayName(anatomy, at('FMA7'))).toBe('Diaphragm');
  });
});
