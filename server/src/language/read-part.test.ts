import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import type { ActionPair } from './detect-action.js';
import { partNounsAfterPlaceWords, readPart } from './read-part.js';
import { tokenize } from './tokenize.js';

const index = indexCatalog(loadCatalog());
const read = (
  ids: string[],
  text: string,
  extra: { bones?: string[]; pairs?: ActionPair[] } = {},
) =>
  readPart(
    ids.map((id) => index.muscle(id)),
    tokenize(text),
    null,
    { bones: (extra.bones ?? []).map((id) => index.bone(id)), pairs: extra.pairs ?? [] },
  );
const found = (reading: ReturnType<typeof read>) =>
  reading?.found === true ? `${reading.muscle.id}/${reading.part.key}` : reading;

describe('reading the part a message asks for', () => {
  it('should pick the one muscle of a group that has the named head', () => {
    expect(found(read(['gastrocnemius', 'soleus'], 'inner head of the calf muscle'))).toBe(
      'gastrocnemius/medial',
    );
    // No part noun: "the lower leg muscles" is not a part of one of them.
    expect(read(['gastrocnemius', 'soleus'], 'the inner calf muscles')).toBeNull();
  });

  it('should tell a part by the bone or landmark it arises from, only when one part does', () => {
    const pec = read(['pectoralis-major'], 'which bit attaches to the collarbone', {
      bones: ['clavicle'],
    });
    expect(found(pec)).toBe('pectoralis-major/clavicular');
    expect(pec?.found === true && pec.byFact).toBe(true);
    expect(found(read(['biceps-brachii'], 'which head comes off the coracoid'))).toBe(
      'biceps-brachii/short',
    );
    // Both heads arise from the scapula: no guess.
    expect(read(['biceps-brachii'], 'which head comes off the scapula')).toBeNull();
  });

  it('should tell a part by the movement the catalog gives it', () => {
    const upper = read(['trapezius'], 'which part shrugs', {
      pairs: [{ joint: 'scapula', movement: 'elevation' }],
    });
    expect(found(upper)).toBe('trapezius/descending');
  });

  it('should read a part the muscle lacks, to be said', () => {
    const reading = read(['deltoid'], 'medial head of the deltoid');
    expect(reading).toMatchObject({ found: false, asked: 'medial head' });
    expect(reading?.found === false && reading.parts.map((p) => p.key)).toEqual([
      'clavicular',
      'acromial',
      'spinal',
    ]);
    expect(read(['deltoid'], 'show the deltoid')).toBeNull();
  });
});

describe('partNounsAfterPlaceWords', () => {
  it('should read "head" after a place word as a part noun, not the region', () => {
    expect(partNounsAfterPlaceWords(['now', 'just', 'the', 'posterior', 'head'])).toEqual([4]);
    expect(partNounsAfterPlaceWords(['its', 'long', 'head'])).toEqual([2]);
    expect(partNounsAfterPlaceWords(['muscles', 'of', 'the', 'head'])).toEqual([]);
  });
});
