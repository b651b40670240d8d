import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '#shared/protocol/model-event';
import { checkpointDelta, countCodePoints } from './checkpoint-delta.js';

const event = (seq: number) =>
  ({ id: `r-${seq}`, runId: 'r', seq, type: 'model:resetView', payload: {} }) as ModelEvent;

describe('checkpointDelta', () => {
  it('should take everything the first time', () => {
    expect(checkpointDelta({ messageId: 'm', text: 'ab', events: [event(0)] })).toEqual({
      checkpoint: { messageId: 'm', textFrom: 0, text: 'ab', eventsFrom: 0, events: [event(0)] },
      next: { units: 2, chars: 2, events: 1 },
    });
  });

  it('should take only what was gained since the mark', () => {
    const state = { messageId: 'm', text: 'abcd', events: [event(0), event(1)] };
    expect(checkpointDelta(state, { units: 2, chars: 2, events: 1 })).toEqual({
      checkpoint: { messageId: 'm', textFrom: 2, text: 'cd', eventsFrom: 1, events: [event(1)] },
      next: { units: 4, chars: 4, events: 2 },
    });
  });

  it('should give nothing when nothing was gained', () => {
    const state = { messageId: 'm', text: 'ab', events: [] };
    expect(checkpointDelta(state, { units: 2, chars: 2, events: 0 })).toBeNull();
  });

  it('should count characters as the database does, and hold back half a surrogate pair', () => {
    const smile = '\u{1F600}';
    const first = checkpointDelta({ messageId: 'm', text: `é${smile}x\uD83D`, events: [] });
    expect(first?.checkpoint.text).toBe(`é${smile}x`);
    expect(first?.next).toEqual({ units: 4, chars: 3, events: 0 });
    const second = checkpointDelta(
      { messageId: 'm', text: `é${smile}x${smile}`, events: [] },
      first?.next,
    );
    expect(second?.checkpoint).toMatchObject({ textFrom: 3, text: smile });
    expect(second?.next).toEqual({ units: 6, chars: 4, events: 0 });
  });

  it('should count code points', () => {
    expect(countCodePoints('')).toBe(0);
    expect(countCodePoints('a\u{1F600}b')).toBe(3);
    expect(countCodePoints('\uDE00\uD83D')).toBe(2);
  });
});
