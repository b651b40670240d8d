import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { findLayerQuestion, invertUnderIndex } from './layered-under.js';
import { parseRequest } from './parse-request.js';

const index = indexCatalog(loadCatalog());
const question = (text: string) => {
  const request = parseRequest(text, index.lexicon, index.knownActions);
  const found = findLayerQuestion(request.tokens, request.mentions);
  return found && `${found.relation} ${found.muscleId ?? 'the referent'}`;
};

describe('layers the catalog describes', () => {
  it('should index which muscles its summaries put under which', () => {
    expect(index.underneath.get('biceps-brachii')).toContain('brachialis');
    expect(index.underneath.get('gastrocnemius')).toContain('soleus');
    expect(index.underneath.get('pectoralis-major')).toContain('pectoralis-minor');
    // Never a muscle under itself, nothing invented for a muscle the summaries do not name.
    expect(index.underneath.get('soleus') ?? []).not.toContain('soleus');
    expect(index.underneath.get('deltoid')).toBeUndefined();
  });

  it('should read questions about what lies under or over a muscle', () => {
    expect(question("what's under the trapezius")).toBe('under trapezius');
    expect(question('which muscles are deep to the gluteus maximus')).toBe('under gluteus-maximus');
    expect(question('what covers the soleus')).toBe('over soleus');
    expect(question('what is on top of the supraspinatus')).toBe('over supraspinatus');
    expect(question('show the biceps under the deltoid')).toBeNull();
    expect(question("what's underneath it")).toBe('under the referent');
    expect(question('what is on top of them')).toBe('over the referent');
    expect(question('the one underneath')).toBe('under the referent');
    expect(question("what's beneath?")).toBe('under the referent');
    expect(question('show it from underneath')).toBeNull();
    expect(question('show the muscles under the knee')).toBeNull();
  });
});

describe('invertUnderIndex', () => {
  it('should list, for each muscle, the muscles over it', () => {
    const over = invertUnderIndex(
      new Map([
        ['trapezius', ['rhomboid-major', 'splenius-capitis']],
        ['sternocleidomastoid', ['splenius-capitis']],
      ]),
    );
    expect(over.get('splenius-capitis')).toEqual(['trapezius', 'sternocleidomastoid']);
    expect(over.get('rhomboid-major')).toEqual(['trapezius']);
    expect(over.has('trapezius')).toBe(false);
  });
});
