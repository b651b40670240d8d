import { describe, expect, it } from 'vitest';
import { nextAnnouncement } from './next-announcement';

describe('nextAnnouncement', () => {
  it('should announce whole sentences only while streaming', () => {
    expect(nextAnnouncement('The biceps has two', 0, false)).toEqual({ say: '', spoken: 0 });
    const first = nextAnnouncement('The biceps has two heads. It flex', 0, false);
    expect(first.say).toBe('The biceps has two heads.');
    const second = nextAnnouncement(
      'The biceps has two heads. It flexes the elbow. Here',
      first.spoken,
      false,
    );
    expect(second.say).toBe('It flexes the elbow.');
  });

  it('should announce the rest when the answer ends', () => {
    expect(nextAnnouncement('One. Two', 4, true)).toEqual({ say: 'Two', spoken: 8 });
  });
});
