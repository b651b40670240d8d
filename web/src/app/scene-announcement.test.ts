import { describe, expect, it } from 'vitest';
import { sceneAnnouncement } from './scene-announcement';

describe('sceneAnnouncement', () => {
  it('should say what is selected and from where', () => {
    expect(sceneAnnouncement(['infraspinatus', 'teres minor'], 'posterior', null)).toBe(
      'Selected: infraspinatus, teres minor. View: from behind.',
    );
  });

  it('should say when nothing is selected, leave out an unnamed view, add the fade caption', () => {
    expect(sceneAnnouncement([], null, null)).toBe('Nothing selected.');
    expect(
      sceneAnnouncement(
        ['subscapularis'],
        'anterolateral-left',
        'Subscapularis is covered: Scapula is faded.',
      ),
    ).toBe(
      'Selected: subscapularis. View: from the front left. Subscapularis is covered: Scapula is faded.',
    );
  });
});
