import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { musclesNaming } from './named-in-texts.js';

const { muscles } = loadCatalog();
const naming = (...words: string[]) =>
  musclesNaming(muscles, words).map((n) => `${n.muscle.id}:${n.where}`);

describe('muscles whose texts name a structure', () => {
  it('should find the muscles attached to a tendon, band or process by their texts', () => {
    expect(naming('iliotibial')).toEqual(
      expect.arrayContaining(['gluteus-maximus:insertion', 'tensor-fasciae-latae:insertion']),
    );
    expect(naming('coracoid', 'process')).toEqual(
      expect.arrayContaining(['pectoralis-minor:insertion', 'coracobrachialis:origin']),
    );
  });

  it('should need every word, whole, and ignore short ones', () => {
    expect(naming('anserinus', 'flurbus')).toEqual([]);
    // "iliotibial" is not found inside another word, and "pes" alone is too short to search.
    expect(naming('tibial')).not.toContain('gluteus-maximus:insertion');
    expect(naming('pes')).toEqual([]);
  });
});
