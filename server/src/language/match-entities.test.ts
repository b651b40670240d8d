import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { findMentions } from './match-entities.js';
import { tokenize } from './tokenize.js';

const { lexicon } = indexCatalog(loadCatalog());
const mentions = (text: string) =>
  findMentions(tokenize(text), lexicon).map(
    (m) => `${m.kind}:${m.ids.join('+')}${m.distance > 0 ? `~${m.distance}` : ''}`,
  );

describe('findMentions', () => {
  it('should match names, synonyms and nicknames exactly', () => {
    expect(mentions('the biceps brachii')).toEqual(['muscle:biceps-brachii']);
    expect(mentions('my pecs and lats')).toEqual([
      'muscle:pectoralis-major',
      'muscle:latissimus-dorsi',
    ]);
    expect(mentions('sternomastoid')).toEqual(['muscle:sternocleidomastoid']);
  });

  it('should match groups by their nicknames', () => {
    expect(mentions('quads hamstrings glutes calves abs')).toEqual([
      'group:quadriceps',
      'group:hamstrings',
      'group:gluteals',
      'group:triceps-surae',
      'group:abdominal-wall',
    ]);
  });

  it('should prefer the longest phrase', () => {
    expect(mentions('biceps femoris')).toEqual(['muscle:biceps-femoris']);
    expect(mentions('rotator cuff')).toEqual(['group:rotator-cuff']);
  });

  it('should name every muscle a shared nickname stands for', () => {
    expect(mentions('obliques')).toEqual(['muscle:external-oblique+internal-oblique']);
  });

  it('should read a two-word name with its first word right and one typo more as that name', () => {
    // Not the biceps brachii (by its nickname) and the femur: that would substitute.
    expect(mentions('show me the bicep femurus')).toEqual(['muscle:biceps-femoris~3']);
    expect(mentions('the supraspinal muscle')).not.toContain('muscle:supraspinatus~2');
  });

  it('should tolerate typos in long enough words', () => {
    expect(mentions('bicpes')).toEqual(['muscle:biceps-brachii~1']);
    expect(mentions('rotater cuff')).toEqual(['group:rotator-cuff~1']);
    expect(mentions('hamstirngs')).toEqual(['group:hamstrings~1']);
    expect(mentions('teres minr')).toEqual(['muscle:teres-minor~1']);
    expect(mentions('biceps femris')).toEqual(['muscle:biceps-femoris~1']);
  });

  it('should not read short or everyday words as typos', () => {
    expect(mentions('the last time')).toEqual([]);
    expect(mentions('where there were')).toEqual([]);
    expect(mentions('my pets')).toEqual([]);
  });

  it('should match plurals and names without "muscle"', () => {
    expect(mentions('deltoids')).toEqual(['muscle:deltoid']);
    expect(mentions('the trapezius muscle')).toEqual(['muscle:trapezius']);
  });

  it('should skip blocked tokens', () => {
    const tokens = tokenize('from the back');
    expect(findMentions(tokens, lexicon, { blocked: new Set([0, 1, 2]) })).toEqual([]);
    expect(findMentions(tokens, lexicon).map((m) => m.kind)).toEqual(['region']);
  });
});
