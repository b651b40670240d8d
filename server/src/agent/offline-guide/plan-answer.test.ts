import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from '../agent.js';
import { indexCatalog } from '../../language/catalog-index.js';
import type { PlannedToolCall } from '../tools/create-tools.js';
import { planAnswer } from './plan-answer.js';

const index = indexCatalog(loadCatalog());
const plan = (
  message: string,
  scene: Partial<SceneState> | null = null,
  history: HistoryTurn[] = [],
) => {
  const result = planAnswer(index, {
    message,
    scene: scene ? SceneState.parse(scene) : null,
    history,
  });
  return {
    ...result,
    text: result.steps.map((s) => s.text).join(''),
    calls: result.steps.flatMap((s) => s.calls),
  };
};
const call = <K extends PlannedToolCall['toolName']>(calls: PlannedToolCall[], name: K) =>
  calls.find((c): c is Extract<PlannedToolCall, { toolName: K }> => c.toolName === name);

describe('planAnswer', () => {
  it('should give each muscle the colour named after it', () => {
    const { calls } = plan('make the biceps blue and the triceps red');
    const selections = calls.filter((c) => c.toolName === 'selectMuscles').map((c) => c.input);
    expect(selections).toEqual([
      expect.objectContaining({ muscleIds: ['biceps-brachii'], mode: 'replace', color: '#1e88e5' }),
      expect.objectContaining({ muscleIds: ['triceps-brachii'], mode: 'add', color: '#e53935' }),
    ]);
  });

  it('should say the text before the tool calls it announces, and the details after', () => {
    const { steps } = plan('show me the rotator cuff from behind');
    expect(steps[0]?.text).toBe('Here is the rotator cuff, seen from behind.');
    expect(steps[0]?.calls.map((c) => c.toolName)).toEqual(['selectMuscles', 'setCameraView']);
    expect(steps.at(-1)?.calls).toEqual([]);
    expect(steps.at(-1)?.text).toContain('Four scapular muscles');
  });

  it('should say plainly that a muscle has no mesh, and highlight nothing else', () => {
    const { text, calls } = plan('show me the lats');
    expect(text).toMatch(/^The latissimus dorsi is not in this 3D model/);
    expect(text).toContain('broadest muscle of the back');
    expect(calls).toEqual([]);
  });

  it('should highlight the members of a group it has, and name those it lacks', () => {
    const { text, calls } = plan('show the abs');
    expect(call(calls, 'selectMuscles')?.input.muscleIds).toEqual(['external-oblique']);
    expect(text).toContain(
      'Here is the external oblique (of the abdominal wall muscles); the rectus abdominis, the internal oblique and the transversus abdominis are not in this 3D model',
    );
  });

  it('should answer a fact question from the catalog first, then show the muscle', () => {
    const { steps } = plan('what nerve supplies the biceps?');
    expect(steps[0]?.text).toBe(
      'The biceps brachii is supplied by the musculocutaneous nerve (nerve roots C5–C6).',
    );
    expect(steps[0]?.calls.map((c) => c.toolName)).toEqual(['selectMuscles', 'setCameraView']);
  });

  it('should answer about the selection without moving anything', () => {
    const { text, calls } = plan('where does it insert?', {
      selection: [{ muscleId: 'deltoid', side: 'left' }],
    });
    expect(text).toBe('The left deltoid inserts on the deltoid tuberosity of the humerus.');
    expect(calls).toEqual([]);
  });

  it('should resolve "them" from the conversation when nothing is selected', () => {
    const { text } = plan('what nerve supplies them?', null, [
      { role: 'user', text: 'show me the hamstrings' },
      { role: 'assistant', text: 'Here are the hamstrings, seen from behind.' },
    ]);
    expect(text).toContain('Nerve supply of the hamstrings, from the catalog:');
    expect(text).toContain('- Semitendinosus: Tibial division of the sciatic nerve');
  });

  it('should ask which muscle is meant when "it" refers to nothing', () => {
    expect(plan('where does it insert?').text).toMatch(/^Which muscle do you mean\?/);
  });

  it('should list prime movers, highlight those it has, and mention the helpers', () => {
    const { text, calls } = plan('what lets me shrug?');
    expect(text).toContain(
      "To raise the shoulder blade (shrug), the catalog's prime movers are the levator scapulae and trapezius.",
    );
    expect(text).toContain('Trapezius: descending (upper) fibres.');
    expect(text).toContain(
      'Helping them (assisting, not highlighted): the rhomboid major and rhomboid minor.',
    );
    expect(call(calls, 'selectMuscles')?.input.muscleIds).toEqual([
      'levator-scapulae',
      'trapezius',
    ]);
  });

  it('should name the group when the prime movers are exactly one', () => {
    expect(plan('which muscles extend the knee?').text).toContain('(the quadriceps femoris)');
  });

  it('should ask for the joint when a movement has none', () => {
    expect(plan('which muscles extend?').text).toMatch(/^Which joint do you mean\?/);
  });

  it('should build a tour from catalog captions and skip muscles without a mesh', () => {
    const { text, calls } = plan('give me a tour of the forearm flexors');
    const tour = call(calls, 'startTour')?.input ?? { title: '', steps: [] };
    expect(tour.title).toBe('Tour: Forearm flexors');
    expect(tour.steps).toHaveLength(8);
    expect(tour.steps[0]?.muscleIds).toHaveLength(7);
    expect(tour.steps[1]).toMatchObject({ muscleIds: ['pronator-teres'], view: 'anterior' });
    expect(tour.steps[1]?.caption).toMatch(/^Pronator teres: /);
    expect(tour.steps.flatMap((s) => s.muscleIds)).not.toContain('flexor-digitorum-superficialis');
    expect(text).toContain(
      'The flexor digitorum superficialis is part of the forearm flexors but not in this 3D model, so the tour skips it.',
    );
  });

  it('should give a single muscle a tour of its facts', () => {
    const tour = call(plan('tour of the deltoid').calls, 'startTour')?.input ?? {
      title: '',
      steps: [],
    };
    expect(tour.steps.map((s) => s.caption.split(' ').slice(0, 3).join(' '))).toEqual([
      'Deltoid: The thick',
      'The deltoid arises',
      'The deltoid inserts',
      'The deltoid abducts',
      'The deltoid is',
    ]);
  });

  it('should say when it does not know a name, and suggest close ones', () => {
    const { text, calls } = plan('show me the flurbus muscle');
    expect(text).toMatch(/^I couldn't find “flurbus” in the catalog/);
    expect(text).toContain("won't guess");
    expect(calls).toEqual([]);
    expect(plan('show me the zorbulax muscle').text).not.toContain('Did you mean');
    expect(plan('show me the supraspinal muscle').text).toContain('Did you mean the supraspinatus');
  });

  it('should say when a question is not about anatomy', () => {
    const { text, calls } = plan('who won the football last night?');
    expect(text).toContain('I can only help with its muscles');
    expect(calls).toEqual([]);
  });

  it('should say which typo it corrected', () => {
    expect(plan('show the hamstirngs').text).toMatch(/^\(I read “hamstirngs” as hamstrings\.\)/);
  });

  it('should say that the view fades what covers a deep muscle, and suggest x-ray', () => {
    expect(plan('show me the supinator').text).toContain('the view fades what covers it');
    expect(plan('show me the supinator').text).toContain('“x-ray on”');
    expect(plan('show me the supinator', { xray: true }).text).not.toContain('x-ray');
  });

  it('should combine setup with the main request in order', () => {
    const { steps } = plan('hide the bones and show the glutes from behind');
    expect(steps[0]).toEqual({
      text: "I've hidden the bones.",
      calls: [{ toolName: 'setLayerVisibility', input: { layer: 'bones', visible: false } }],
    });
    expect(steps[1]?.calls.map((c) => c.toolName)).toEqual(['selectMuscles', 'setCameraView']);
  });

  it('should keep each side apart when the message names two', () => {
    const calls = plan('left biceps and right triceps').calls.filter(
      (c) => c.toolName === 'selectMuscles',
    );
    expect(calls.map((c) => c.input)).toEqual([
      { muscleIds: ['biceps-brachii'], side: 'left', mode: 'replace' },
      { muscleIds: ['triceps-brachii'], side: 'right', mode: 'add' },
    ]);
  });

  it('should point at the region of a bone instead of highlighting it', () => {
    const { text, calls } = plan('where is the femur?');
    expect(text).toMatch(/^The femur is a bone: I can highlight muscles, not bones/);
    expect(calls).toEqual([
      { toolName: 'setCameraView', input: { region: 'thigh', side: 'both' } },
    ]);
  });

  it('should answer which of them lies deepest, from the catalog layers', () => {
    const { text } = plan('which one is the deepest?', null, [
      { role: 'user', text: 'show me the quads' },
      { role: 'assistant', text: 'Here is the quadriceps femoris, seen from the front.' },
    ]);
    expect(text).toMatch(
      /^In the quadriceps femoris, the rectus femoris, vastus lateralis and vastus medialis are superficial; the vastus intermedius is deep\. The deepest is the vastus intermedius\./,
    );
  });

  it('should say it cannot rank the whole body, and what the descriptions say within groups', () => {
    const { text } = plan('which is the biggest muscle?');
    expect(text).toMatch(/^The catalog records no sizes or strengths to rank the body's muscles/);
    expect(text).toContain(
      'the gluteus maximus (“the largest and most superficial buttock muscle”)',
    );
  });

  it('should not add to the selection for a follow-up about the same muscles', () => {
    const calls = plan('and what nerve supplies them?', null, [
      { role: 'user', text: 'show me the quads' },
    ]).calls;
    expect(call(calls, 'selectMuscles')?.input.mode).toBe('replace');
    expect(call(plan('and the triceps?').calls, 'selectMuscles')?.input.mode).toBe('add');
  });

  it('should list a region asked for as muscles', () => {
    expect(plan('what muscles are in the arm?').text).toMatch(
      /^The catalog lists four muscles in the arm: /,
    );
  });

  it('should not read "turn on" as a movement', () => {
    expect(plan('hide the skeleton and turn on x-ray').text).toBe(
      "I've hidden the bones and turned x-ray on. Unselected structures are translucent now, so deeper muscles show through.",
    );
  });

  it('should be deterministic', () => {
    expect(plan('show me the rotator cuff from behind')).toEqual(
      plan('show me the rotator cuff from behind'),
    );
  });

  it('should select a named part alone when the model draws it, on the side said', () => {
    const select = call(plan('show the left upper trapezius').calls, 'selectMuscles');
    expect(select?.input).toMatchObject({
      muscleIds: ['trapezius'],
      side: 'left',
      partIds: ['trapezius/descending'],
    });
    const followUp = plan('just its long head', {
      selection: [{ muscleId: 'triceps-brachii', side: 'both' }],
    });
    expect(call(followUp.calls, 'selectMuscles')?.input.partIds).toEqual([
      'triceps-brachii/long-head',
    ]);
    expect(followUp.text).toMatch(/^Here is the long head of the triceps brachii/);
  });

  it('should select the whole muscle, and say so, for a part with no mesh of its own', () => {
    const { calls, text } = plan('the sternal head of the sternocleidomastoid');
    expect(call(calls, 'selectMuscles')?.input).not.toHaveProperty('partIds');
    expect(text).toContain('no separate mesh for the sternal head');
  });
});
