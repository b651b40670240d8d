import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { findNerve, musclesSuppliedBy } from './nerve-supply.js';
import { tokenize } from './tokenize.js';

const catalog = loadCatalog();
const supplied = (text: string) => {
  const nerve = findNerve(tokenize(text));
  return nerve === null ? null : musclesSuppliedBy(catalog, nerve.name).map((m) => m.id);
};

describe('nerve supply', () => {
  it('should find the muscles whose nerve text names the nerve', () => {
    expect(supplied('which muscles does the femoral nerve supply')).toEqual(
      expect.arrayContaining(['rectus-femoris', 'vastus-intermedius', 'iliacus', 'sartorius']),
    );
    expect(supplied('what does the musculocutaneous nerve innervate')).toEqual(
      expect.arrayContaining(['biceps-brachii', 'brachialis', 'coracobrachialis']),
    );
    // A branch named with its parent in brackets, and the old name of the fibular nerves.
    expect(supplied('the radial nerve')).toContain('extensor-indicis');
    expect(supplied('the deep peroneal nerve')).toContain('tibialis-anterior');
  });

  it('should not count an occasional extra supply, nor read a question word as a nerve', () => {
    expect(supplied('what does the obturator nerve supply')).not.toContain('pectineus');
    expect(findNerve(tokenize('which nerve supplies the deltoid'))).toBeNull();
    expect(supplied('the flurbus nerve')).toEqual([]);
  });
});
