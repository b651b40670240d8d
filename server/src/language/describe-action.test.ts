import { describe, expect, it } from 'vitest';
import { actionPhrase, describeActions, listActions } from './describe-action.js';

describe('actionPhrase', () => {
  it('should say movements in plain words', () => {
    expect(actionPhrase({ joint: 'knee', movement: 'extension' }, 'base')).toBe('extend the knee');
    expect(actionPhrase({ joint: 'radioulnar', movement: 'supination' }, 'third')).toBe(
      'supinates the forearm (turns the palm up)',
    );
    expect(actionPhrase({ joint: 'scapula', movement: 'elevation' }, 'base')).toBe(
      'raise the shoulder blade (shrug)',
    );
    expect(actionPhrase({ joint: 'mandible', movement: 'elevation' }, 'third')).toBe(
      'closes the jaw',
    );
    expect(actionPhrase({ joint: 'ribs', movement: 'inspiration' }, 'base')).toBe(
      'breathe in (inspiration)',
    );
  });
});

describe('describeActions', () => {
  it('should list prime actions, then assists, with notes', () => {
    expect(
      describeActions([
        { joint: 'elbow', movement: 'flexion', role: 'prime' },
        {
          joint: 'radioulnar',
          movement: 'supination',
          role: 'prime',
          note: 'strongest with the elbow flexed',
        },
        { joint: 'shoulder', movement: 'flexion', role: 'assist' },
      ]),
    ).toBe(
      'flexes the elbow; supinates the forearm (turns the palm up), strongest with the elbow flexed. Assists: flexes the shoulder',
    );
    expect(
      listActions([{ joint: 'hip', movement: 'extension', role: 'prime', note: 'long head' }]),
    ).toBe('extends the hip (long head)');
  });
});
