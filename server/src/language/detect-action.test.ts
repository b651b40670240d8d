import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from './catalog-index.js';
import { detectAction } from './detect-action.js';
import { tokenize } from './tokenize.js';

const { knownActions } = indexCatalog(loadCatalog());
const pairs = (text: string) =>
  detectAction(tokenize(text), knownActions).pairs.map((p) => `${p.joint}:${p.movement}`);

describe('detectAction', () => {
  it.each([
    ['which muscles extend the knee?', ['knee:extension']],
    ['what flexes the elbow', ['elbow:flexion']],
    ['what pulls my leg inward', ['hip:adduction']],
    // Each verb with its own joint.
    ['which muscle straightens my knee and bends my hip', ['knee:extension', 'hip:flexion']],
    ['what flexes the knee and extends the hip', ['knee:flexion', 'hip:extension']],
    ['what flexes and extends the knee', ['knee:flexion', 'knee:extension']],
    ['what bends the knee and hip', ['knee:flexion', 'hip:flexion']],
    ['what brings the arm inward', ['shoulder:adduction']],
    ['which muscles pull my shoulders back', ['scapula:retraction']],
    ['which muscles rotate the shoulder blade upwards', ['scapula:upward-rotation']],
    ['what turns the scapula downwards', ['scapula:downward-rotation']],
    ['what rounds my shoulders', ['scapula:protraction']],
    ['what lets me shrug?', ['scapula:elevation']],
    ['muscles that abduct the shoulder', ['shoulder:abduction']],
    ['what points my toes', ['ankle:plantarflexion']],
    ['standing on tiptoes', ['ankle:plantarflexion']],
    ['which muscles help me breathe in', ['ribs:inspiration']],
    ['what turns my palm up', ['radioulnar:supination']],
    ['what closes the jaw', ['mandible:elevation']],
    ['which muscles rotate the hip outwards', ['hip:lateral-rotation']],
    ['what raises my arm sideways', ['shoulder:abduction']],
    ['which muscle lets me lift my shoulders up', ['scapula:elevation']],
    ['what raises my arm forwards', ['shoulder:flexion']],
    ['flex the hip and knee', ['hip:flexion', 'knee:flexion']],
    ['knee extensors', ['knee:extension']],
    ['what bends the neck sideways', ['neck:lateral-flexion']],
    ['what straightens my arm', ['elbow:extension']],
    ['bend my arm', ['elbow:flexion']],
    ['which muscles extend the arm', ['shoulder:extension']],
    ['pull my arm back', ['shoulder:extension']],
  ])('should read "%s"', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('should read "turn … off" and "turn … back on" as a switch, not a rotation', () => {
    expect(pairs('turn the deltoid back on')).toEqual([]);
    expect(pairs('turn the back muscles off please')).toEqual([]);
    expect(pairs('which muscles turn the head on the neck')).not.toEqual([]);
    expect(pairs('what turns the trunk')).toEqual(['trunk:rotation']);
  });

  it('should report a movement without a joint', () => {
    const result = detectAction(tokenize('which muscles extend?'), knownActions);
    expect(result).toMatchObject({ pairs: [], missingJoint: 'extension' });
  });

  it('should drop pairs the catalog never records, and find none without a movement word', () => {
    expect(pairs('what protracts the knee')).toEqual([]);
    expect(pairs('show me the knee')).toEqual([]);
  });

  it('should claim the movement and joint words', () => {
    const result = detectAction(tokenize('which muscles extend the knee'), knownActions);
    expect([...result.consumed].sort()).toEqual([2, 4]);
  });
});
