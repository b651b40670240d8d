import { describe, expect, it } from 'vitest';
import { tourName } from './tour-name';

describe('tourName', () => {
  it('should drop a leading "Tour:" so the bar never says "Tour: Tour:"', () => {
    expect(tourName('Tour: Quadriceps')).toBe('Quadriceps');
    expect(tourName('tour - rotator cuff')).toBe('rotator cuff');
    expect(tourName('Tour of the quadriceps')).toBe('the quadriceps');
  });

  it('should keep other titles, and a title that is only "Tour"', () => {
    expect(tourName('Rotator cuff')).toBe('Rotator cuff');
    expect(tourName('Tourniquet muscles')).toBe('Tourniquet muscles');
    expect(tourName('Tour')).toBe('Tour');
  });
});
