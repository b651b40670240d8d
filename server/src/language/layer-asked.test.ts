import { describe, expect, it } from 'vitest';
import { layerAsked } from './layer-asked.js';
import { tokenize } from './tokenize.js';

const layerOf = (text: string, claimed: number[] = []) =>
  layerAsked(tokenize(text), new Set(claimed));

describe('layerAsked', () => {
  it('should read a layer in textbook and lay words', () => {
    expect(layerOf('the deep muscles of the back')).toBe('deep');
    expect(layerOf('which muscles are right under the skin')).toBe('superficial');
    expect(layerOf('what can I feel under my skin')).toBe('superficial');
    expect(layerOf('the leg muscles closest to the bone')).toBe('deep');
    expect(layerOf('the outermost muscle of the thigh')).toBe('superficial');
  });

  it('should read no layer in a place or inside a name', () => {
    expect(layerOf('the outer thigh muscles')).toBeNull();
    expect(layerOf('the bottom of the foot')).toBeNull();
    // "deep" inside a name the parser claimed
    expect(layerOf('show the deep fibres', [2])).toBeNull();
  });
});
