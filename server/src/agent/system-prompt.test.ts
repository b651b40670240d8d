import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { SceneState } from '#shared/protocol/scene-state';
import { indexCatalog } from '../language/catalog-index.js';
import { retrieveContext } from '../language/retrieve-context.js';
import {
  buildSystemPrompt,
  buildTurnContext,
  readQuizFromSystemPrompt,
  readSceneFromSystemPrompt,
} from './system-prompt.js';

const index = indexCatalog(loadCatalog());
const scene = SceneState.parse({
  selection: [{ muscleId: 'deltoid', side: 'left' }],
  view: 'posterior',
  layers: { muscles: true, bones: false, other: true },
  xray: true,
});
const promptFor = (message: string, s: SceneState | null = scene) =>
  buildTurnContext({
    index,
    scene: s,
    context: retrieveContext(index, { message, scene: s, history: [] }),
    sceneJson: true,
  });

describe('buildTurnContext', () => {
  it('should describe what the student sees', () => {
    const prompt = promptFor('hello');
    expect(prompt).toContain('Selected: deltoid (Deltoid, left).');
    expect(prompt).toContain('View: posterior.');
    expect(prompt).toContain('Layers: muscles shown, bones hidden, other shown. X-ray on.');
  });

  it('should say which parts of a muscle are highlighted on their own', () => {
    const parts = SceneState.parse({
      selection: [{ muscleId: 'trapezius', side: 'both', parts: ['descending'] }],
    });
    expect(promptFor('hello', parts)).toContain(
      'Selected: trapezius (Trapezius, both sides, only trapezius/descending).',
    );
  });

  it('should carry the scene as JSON that reads back exactly', () => {
    expect(readSceneFromSystemPrompt(promptFor('hello'))).toEqual(scene);
    expect(readSceneFromSystemPrompt(promptFor('hello', null))).toBeNull();
  });

  it('should say which quiz question is open, how it is answered, and carry it as JSON for the guide', () => {
    const quiz = {
      quizId: 'quiz-0001',
      questionId: 'question-0001',
      number: 2,
      total: 3,
      kind: 'function' as const,
      prompt: 'Which of these muscles bend the knee?',
      answerBy: 'choice' as const,
      choices: ['Soleus', 'Biceps femoris'],
      topic: 'the hamstrings',
    };
    const context = retrieveContext(index, { message: '2', scene, history: [] });
    const forModel = buildTurnContext({ index, scene, quiz, context });
    expect(forModel).toContain('Question 2 of 3 on the hamstrings');
    expect(forModel).toContain('1. Soleus; 2. Biceps femoris');
    expect(forModel).toContain('gradeQuizAnswer');
    expect(readQuizFromSystemPrompt(forModel)).toBeNull();
    const forGuide = buildTurnContext({ index, scene, quiz, context, sceneJson: true });
    expect(readQuizFromSystemPrompt(forGuide)).toEqual(quiz);
    expect(buildTurnContext({ index, scene, context })).not.toContain('Open quiz question');
  });

  it('should leave the scene JSON out unless asked (only the offline guide reads it)', () => {
    const context = retrieveContext(index, { message: 'hello', scene, history: [] });
    expect(buildTurnContext({ index, scene, context })).not.toContain('<scene>');
  });

  it('should retrieve the facts of the muscles in question, by nickname, typo or "it"', () => {
    expect(promptFor('where do the lats insert?')).toContain(
      'Latissimus dorsi [latissimus-dorsi] (NOT IN THE 3D MODEL: no mesh, cannot be highlighted)',
    );
    expect(promptFor('what nerve supplies the bicpes?')).toContain(
      'nerve: Musculocutaneous nerve (C5–C6)',
    );
    expect(promptFor('what does it do?')).toContain('insertion: Deltoid tuberosity of the humerus');
  });

  it('should answer movement questions from the structured actions', () => {
    expect(promptFor('which muscles extend the knee?')).toContain(
      'Muscles that extend the knee: rectus-femoris, vastus-lateralis, vastus-medialis, vastus-intermedius.',
    );
  });

  it('should stay a reasonable size', () => {
    expect(promptFor('show me the rotator cuff').length).toBeLessThan(8_000);
  });
});

describe('buildSystemPrompt', () => {
  it('should not depend on the question or the scene (it is the cached prefix)', () => {
    expect(buildSystemPrompt()).toBe(buildSystemPrompt());
    expect(buildSystemPrompt()).not.toMatch(/<scene>|Selected:|deltoid/);
  });
});

describe('readSceneFromSystemPrompt', () => {
  it('should ignore a missing or broken scene', () => {
    expect(readSceneFromSystemPrompt('no scene here')).toBeNull();
    expect(readSceneFromSystemPrompt('<scene>{oops</scene>')).toBeNull();
    expect(readSceneFromSystemPrompt('<scene>{"view":"sideways"}</scene>')).toBeNull();
  });
});
