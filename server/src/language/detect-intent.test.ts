import { describe, expect, it } from 'vitest';
import { detectIntent } from './detect-intent.js';
import { tokenize } from './tokenize.js';

const intent = (text: string) => detectIntent(tokenize(text), text);

describe('detectIntent', () => {
  it('should read facts asked for', () => {
    expect(intent('where does the deltoid insert?').facts).toContain('insertion');
    expect(intent('what is the origin of the biceps').facts).toContain('origin');
    expect(intent('what nerve supplies the biceps').facts).toEqual(['innervation']);
    expect(intent('what is the blood supply of the soleus').facts).toEqual(
      expect.arrayContaining(['blood']),
    );
    expect(intent('what is the blood supply of the soleus').facts).not.toContain('innervation');
    expect(intent('what does the latissimus dorsi do?').facts).toContain('action');
    expect(intent('which nerve roots supply it').facts).toEqual(
      expect.arrayContaining(['roots', 'innervation']),
    );
    expect(intent('show the deltoid from underneath').facts).not.toContain('layer');
    expect(intent('what lies beneath the trapezius').facts).toContain('layer');
  });

  it('should read layers with the verb in front of them, and leave other verbs free', () => {
    expect(intent('hide the bones').layers).toEqual([{ layer: 'bones', visible: false }]);
    expect(intent('show the skeleton again').layers).toEqual([{ layer: 'bones', visible: true }]);
    const mixed = intent('hide the bones and show the glutes');
    expect(mixed.layers).toEqual([{ layer: 'bones', visible: false }]);
    expect(mixed.hide).toBe(false);
    expect(mixed.show).toBe(true);
  });

  it('should read "only the bones" as that layer alone, and "all the muscles except" as isolating', () => {
    const alone = [
      { layer: 'bones', visible: true },
      { layer: 'muscles', visible: false },
      { layer: 'other', visible: false },
    ];
    expect(intent('show me just the skeleton').layers).toEqual(alone);
    expect(intent('only the bones please').layers).toEqual(alone);
    const except = intent('hide all the muscles except the biceps');
    expect(except.layers).toEqual([]);
    expect(except.isolate).toBe(true);
  });

  it('should read "work against" and "work with" as partners, not the actions', () => {
    expect(intent('what muscles work against it').facts).toEqual(['antagonists']);
    expect(intent('which muscles act against it?').facts).toEqual(['antagonists']);
    expect(intent('what muscles work with it').facts).toEqual(['synergists']);
    expect(intent('how does the biceps work').facts).toEqual(['action']);
    expect(intent('what happens when one side contracts').facts).toEqual(['action']);
  });

  it('should read x-ray on and off', () => {
    expect(intent('x-ray on').xray).toBe(true);
    expect(intent('make it see-through').xray).toBe(true);
    expect(intent('turn off the x ray').xray).toBe(false);
    expect(intent('show the deltoid').xray).toBeNull();
  });

  it('should read commands', () => {
    expect(intent('reset the view').reset).toBe(true);
    expect(intent('clear the selection').clear).toBe(true);
    expect(intent('show everything again').showAll).toBe(true);
    expect(intent('give me a tour of the back').tour).toBe(true);
    expect(intent('only show the biceps').isolate).toBe(true);
    expect(intent('hide everything else').isolate).toBe(true);
    expect(intent('now remove all else please').isolate).toBe(true);
    expect(intent('get rid of everything else').isolate).toBe(true);
    expect(intent('hide the trapezius').hide).toBe(true);
    expect(intent('also show the triceps').add).toBe(true);
    expect(intent('deselect the biceps').remove).toBe(true);
  });

  it('should read a muscle switched off or back on, and leave layers and the x-ray theirs', () => {
    expect(intent('turn the deltoid off').hide).toBe(true);
    expect(intent('switch the left biceps brachii off please').hide).toBe(true);
    expect(intent('turn the deltoid back on').unhide).toBe(true);
    expect(intent('turn the deltoid back on').hide).toBe(false);
    const bones = intent('turn the bones off');
    expect(bones.layers).toEqual([{ layer: 'bones', visible: false }]);
    expect(bones.hide).toBe(false);
    const xray = intent('turn the x ray off');
    expect(xray.xray).toBe(false);
    expect(xray.hide).toBe(false);
    expect(intent('what happens when the deltoid is off').hide).toBe(false);
  });

  it('should read greetings, thanks, questions, pronouns and colours', () => {
    expect(intent('hello').greeting).toBe(true);
    expect(intent('hello, show me the biceps muscle').greeting).toBe(false);
    expect(intent('thanks!').thanks).toBe(true);
    expect(intent('is it deep?').question).toBe(true);
    expect(intent('show it from behind').pronoun).toBe(true);
    expect(intent('highlight it in red').color).toBe('#e53935');
  });
});
