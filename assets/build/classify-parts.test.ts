import { describe, expect, it } from 'vitest';
import type { Catalog } from '#shared/anatomy/catalog-schema';
import { classifyParts } from './classify-parts.js';

const catalog = {
  version: 'test',
  muscles: [
    {
      id: 'biceps-brachii',
      layer: 'superficial',
      parts: { left: ['100', '101'], right: ['200'], midline: [] },
    },
  ],
  bones: [{ id: 'sternum', parts: { left: [], right: [], midline: ['300'] } }],
  groups: [],
  regions: [],
} as unknown as Catalog;

describe('classifyParts', () => {
  const classifier = classifyParts(catalog);

  it('should class a part listed by a muscle as that muscle, with its side and layer', () => {
    expect(classifier.classify('101', 'Long head of left biceps brachii')).toEqual({
      structureId: 'biceps-brachii',
      kind: 'muscle',
      side: 'left',
      layer: 'superficial',
    });
  });

  it('should class a part listed by a bone as a bone without a layer', () => {
    expect(classifier.classify('300', 'Body of sternum')).toEqual({
      structureId: 'sternum',
      kind: 'bone',
      side: 'midline',
      layer: null,
    });
  });

  it('should class an unlisted part as other, with the side its label names', () => {
    expect(classifier.classify('9', 'Set of lumbricals of right hand').side).toBe('right');
    expect(classifier.classify('9', 'Left soleus')).toMatchObject({ kind: 'other', side: 'left' });
    expect(classifier.classify('9', 'Linea alba')).toEqual({
      structureId: null,
      kind: 'other',
      side: 'midline',
      layer: null,
    });
  });

  it('should class everything as other without a catalog', () => {
    expect(classifyParts(null).classify('101', 'Left biceps').kind).toBe('other');
  });

  it('should report a part listed by two structures', () => {
    const twice = {
      ...catalog,
      bones: [{ id: 'humerus', parts: { left: ['100'], right: [], midline: [] } }],
    } as unknown as Catalog;
    expect(classifyParts(twice).conflicts).toHaveLength(1);
  });
});
