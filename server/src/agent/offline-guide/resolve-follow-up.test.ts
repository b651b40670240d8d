import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { SceneState } from '#shared/protocol/scene-state';
import type { HistoryTurn } from '../agent.js';
import { indexCatalog } from '../../language/catalog-index.js';
import { parseRequest } from '../../language/parse-request.js';
import { resolveFollowUp, resolveMovementFollowUp } from './resolve-follow-up.js';

const index = indexCatalog(loadCatalog());
const leftBiceps = SceneState.parse({ selection: [{ muscleId: 'biceps-brachii', side: 'left' }] });
const resolve = (message: string, scene: SceneState | null, history: HistoryTurn[] = []) => {
  const input = { message, scene, history };
  const request = parseRequest(message, index.lexicon, index.knownActions);
  return resolveMovementFollowUp(input, request, index) ?? resolveFollowUp(index, input, request);
};
const asked = (text: string): HistoryTurn[] => [
  { role: 'user', text },
  { role: 'assistant', text: 'Here they are.' },
];

describe('resolveFollowUp', () => {
  it('should read "the other side" of a one-sided selection as the other side of the body', () => {
    expect(resolve('do the same on the other arm', leftBiceps)).toBe(
      'show the right biceps brachii',
    );
    expect(resolve('add the right one as well', leftBiceps)).toBe(
      'also show the right biceps brachii',
    );
    expect(resolve('only the right one now', leftBiceps)).toBe('show the right biceps brachii');
  });

  it('should leave "the other side" to the camera when both sides are selected', () => {
    const both = SceneState.parse({ selection: [{ muscleId: 'deltoid', side: 'both' }] });
    expect(resolve('show it from the other side', both)).toBeNull();
  });

  it('should carry the fact or the movement of the last question to a new subject', () => {
    expect(resolve('what about the triceps?', null, asked('what nerve supplies the biceps'))).toBe(
      'nerve supply of the triceps',
    );
    expect(resolve('and the knee?', null, asked('which muscles flex the elbow'))).toBe(
      'which muscles flex the knee',
    );
    expect(resolve('and protract it?', null, asked('which muscles retract the scapula'))).toBe(
      'which muscles protract the shoulder blade',
    );
  });

  it('should leave a message that stands on its own', () => {
    expect(resolve('show me the triceps', leftBiceps)).toBeNull();
    expect(
      resolve('what nerve supplies the soleus', null, asked('what does the biceps do')),
    ).toBeNull();
  });
});
