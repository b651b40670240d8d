import { describe, expect, it } from 'vitest';
import type { ExcludedPart } from '#shared/anatomy/model-manifest';
import { describeExcluded } from './describe-excluded.js';

const part = (label: string, reason: string): ExcludedPart =>
  ({ key: label, fma: '1', label, file: `${label}.glb`, reason }) as ExcludedPart;

describe('describeExcluded', () => {
  it('says nothing when every part is in the model', () => {
    expect(describeExcluded([])).toBeNull();
  });

  it('names the parts left out, grouped by why', () => {
    expect(
      describeExcluded([
        part('Internal intercostal muscle', 'file absent'),
        part('Hyoid bone', 'not a mesh'),
        part('External intercostal muscle', 'file absent'),
      ]),
    ).toBe(
      '3 parts excluded: Internal intercostal muscle, External intercostal muscle (file absent); Hyoid bone (not a mesh)',
    );
    expect(describeExcluded([part('Hyoid bone', 'not a mesh')])).toBe(
      '1 part excluded: Hyoid bone (not a mesh)',
    );
  });
});
