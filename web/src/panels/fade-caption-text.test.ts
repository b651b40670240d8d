import { describe, expect, it } from 'vitest';
import { fadeCaptionText, joinNames } from './fade-caption-text';

describe('fadeCaptionText', () => {
  it('should say nothing when nothing was faded', () => {
    expect(fadeCaptionText(['Subscapularis'], [])).toBeNull();
    expect(fadeCaptionText([], ['Scapula'])).toBeNull();
  });

  it('should name the covered structure and what was faded, in short', () => {
    expect(fadeCaptionText(['Subscapularis'], ['Scapula'])).toBe(
      'Subscapularis is covered: Scapula is faded.',
    );
    expect(
      fadeCaptionText(['Supraspinatus', 'Subscapularis'], ['Trapezius', 'Scapula', 'Deltoid']),
    ).toBe('Supraspinatus and Subscapularis are covered: Trapezius, Scapula and 1 more are faded.');
    expect(fadeCaptionText(['A', 'B', 'C'], ['Deltoid'])).toBe(
      'Parts of the selection are covered: Deltoid is faded.',
    );
  });
});

describe('joinNames', () => {
  it('should list one, two, or the first two and a count', () => {
    expect(joinNames(['a'])).toBe('a');
    expect(joinNames(['a', 'b'])).toBe('a and b');
    expect(joinNames(['a', 'b', 'c', 'd'])).toBe('a, b and 2 more');
  });
});
