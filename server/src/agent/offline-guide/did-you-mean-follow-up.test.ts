import { describe, expect, it } from 'vitest';
import { offeredNames } from './did-you-mean-follow-up.js';

describe('offeredNames', () => {
  it('should read the names a "Did you mean" question offered, in order', () => {
    expect(
      offeredNames('I couldn’t find it. Did you mean the supraspinatus? I only know…'),
    ).toEqual(['supraspinatus']);
    expect(
      offeredNames('I don’t know it. Did you mean the gluteus medius or the gluteal muscles?'),
    ).toEqual(['gluteus medius', 'gluteal muscles']);
    expect(offeredNames('Did you mean the a, the b or the c?')).toEqual(['a', 'b', 'c']);
    expect(offeredNames('Here is the deltoid.')).toEqual([]);
  });
});
