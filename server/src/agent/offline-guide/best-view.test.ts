import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { bestViewFor, oppositeView, viewAround, viewPhrase } from './best-view.js';
import { indexCatalog } from '../../language/catalog-index.js';

const index = indexCatalog(loadCatalog());
const muscles = (...ids: string[]) => ids.map((id) => index.muscle(id));

describe('bestViewFor', () => {
  it('should show front muscles from the front and back muscles from behind', () => {
    expect(bestViewFor(muscles('biceps-brachii'), 'both')).toBe('anterior');
    expect(bestViewFor(muscles('biceps-femoris', 'semitendinosus'), 'both')).toBe('posterior');
    expect(bestViewFor(muscles('trapezius'), 'left')).toBe('posterior');
  });

  it('should look at the side asked for when a muscle is best seen from the side', () => {
    expect(bestViewFor(muscles('deltoid'), 'left')).toBe('left');
    expect(bestViewFor(muscles('deltoid'), 'both')).toBe('right');
    expect(bestViewFor(muscles('sternocleidomastoid'), 'left')).toBe('anterolateral-left');
  });

  it('should follow the majority of a group', () => {
    expect(
      bestViewFor(
        muscles('supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'),
        'both',
      ),
    ).toBe('posterior');
  });

  it('should give a view for every muscle', () => {
    for (const muscle of index.catalog.muscles)
      expect(bestViewFor([muscle], 'both')).toBeTypeOf('string');
  });
});

describe('oppositeView', () => {
  it('should turn around, diagonals included', () => {
    expect(oppositeView('anterior')).toBe('posterior');
    expect(oppositeView('left')).toBe('right');
    expect(oppositeView('anterolateral-left')).toBe('posterolateral-right');
  });
});

describe('viewPhrase', () => {
  it('should name views as people say them', () => {
    expect(viewPhrase('posterior')).toBe('from behind');
    expect(viewPhrase('posterolateral-left')).toBe('from behind on the left');
  });
});

describe('viewAround', () => {
  it('should step round the body from the current view, wrapping at the front', () => {
    expect(viewAround('anterior', 1)).toBe('anterolateral-right');
    expect(viewAround('right', 2)).toBe('posterior');
    expect(viewAround('anterolateral-left', 1)).toBe('anterior');
    expect(viewAround('superior', 2)).toBe('right');
  });
});
