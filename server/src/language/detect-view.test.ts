import { describe, expect, it } from 'vitest';
import { detectView } from './detect-view.js';
import { tokenize } from './tokenize.js';

const view = (text: string) => {
  const { consumed: _consumed, ...rest } = detectView(tokenize(text));
  return rest;
};

describe('detectView', () => {
  it.each([
    ['show it from behind', 'posterior'],
    ['from the back please', 'posterior'],
    ['rear view', 'posterior'],
    ['from the front', 'anterior'],
    ['anterior view', 'anterior'],
    ['from the left', 'left'],
    ['turn to the right', 'right'],
    ['view from the left side', 'left'],
    ['from above', 'superior'],
    ['top view', 'superior'],
    ['from underneath', 'inferior'],
    ['from behind on the left', 'posterolateral-left'],
    ['three quarter view from the right', 'anterolateral-right'],
  ] as const)('should read "%s" as %s', (text, expected) => {
    expect(view(text).view).toBe(expected);
  });

  it('should read an unsided side view, turning around and an angle', () => {
    expect(view('turn to the side')).toMatchObject({ view: null, lateral: true });
    expect(view('side view')).toMatchObject({ lateral: true });
    expect(view('turn it around')).toMatchObject({ view: null, flip: true });
    expect(view('at an angle')).toMatchObject({ angled: true });
  });

  it('should read a step around the body with no direction named', () => {
    expect(view('rotate it a bit')).toMatchObject({ step: 'eighth', flip: false, small: true });
    expect(view('turn it slightly')).toMatchObject({ step: 'eighth' });
    expect(view('spin it')).toMatchObject({ step: 'quarter', flip: false });
    expect(view('rotate it 90 degrees')).toMatchObject({ step: 'quarter', flip: false });
    expect(view('rotate it 45 degrees')).toMatchObject({ step: 'eighth', angled: false });
    expect(view('spin it around')).toMatchObject({ step: null, flip: true });
    expect(view('rotate it to the left')).toMatchObject({ view: 'left', step: null });
    expect(view('zoom out a bit')).toMatchObject({ zoom: 'out', small: true, step: null });
  });

  it('should read zooming in and out', () => {
    expect(view('zoom in on the shoulder').zoom).toBe('in');
    expect(view('get closer').zoom).toBe('in');
    expect(view('zoom out').zoom).toBe('out');
    expect(view('show the whole body').zoom).toBe('out');
  });

  it('should use the words it claims and leave names alone', () => {
    const tokens = tokenize('the tibialis posterior from behind');
    const result = detectView(tokens, new Set([1, 2]));
    expect(result.view).toBe('posterior');
    expect([...result.consumed].sort()).toEqual([3, 4]);
  });

  it('should find no view in a plain question', () => {
    expect(view('what does the biceps do')).toEqual({
      view: null,
      lateral: false,
      angled: false,
      flip: false,
      zoom: null,
      step: null,
      small: false,
    });
  });
});
