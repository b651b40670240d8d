import { describe, expect, it } from 'vitest';
import { detectClinical } from './detect-clinical.js';
import { tokenize } from '../../language/tokenize.js';

const kind = (message: string) => detectClinical(tokenize(message));

describe('detectClinical', () => {
  it('should read medicines, supplements and doping as medicine questions', () => {
    expect(kind('how much ibuprofen for a pulled calf?')).toBe('medicine');
    expect(kind('is creatine safe')).toBe('medicine');
    expect(kind('what steroids make your biceps bigger')).toBe('medicine');
  });

  it('should read symptoms, injuries, diagnosis and treatment as care questions', () => {
    expect(kind("my shoulder clicks when I lift, what's wrong?")).toBe('care');
    expect(kind('should I stretch a torn muscle?')).toBe('care');
    expect(kind('how do i treat tennis elbow')).toBe('care');
    expect(kind('what muscle is affected in carpal tunnel')).toBe('care');
  });

  it('should read everyday complaints about the student own body as care questions', () => {
    expect(kind('my neck is stiff after sleeping')).toBe('care');
    expect(kind('I woke up with a crick in my neck')).toBe('care');
    expect(kind('my knee creaks going up stairs')).toBe('care');
    expect(kind('which muscle stiffens the neck')).toBeNull();
  });

  it('should read training plans as training questions', () => {
    expect(kind('how many reps to grow my biceps')).toBe('training');
    expect(kind("what's the best way to get abs")).toBe('training');
    expect(kind('how do I stretch my hamstrings')).toBe('training');
    expect(kind('how can i strengthen my rotator cuff')).toBe('training');
  });

  it('should leave anatomy questions alone, movement words included', () => {
    for (const message of [
      'which muscles pull the arm back',
      'what does the biceps do',
      'show me my left hamstrings',
      'the stretch reflex of the quadriceps',
      'where does the deltoid insert',
      'which muscles help me breathe in',
    ])
      expect(kind(message), message).toBeNull();
  });
});
