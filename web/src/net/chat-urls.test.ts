import { describe, expect, it } from 'vitest';
import type { SceneState } from '#shared/protocol/index';
import { createChatUrls, sceneQuery } from './chat-urls';

const scene = (count: number): SceneState =>
  ({
    selection: Array.from({ length: count }, (_, i) => `muscle-number-${i}`),
    isolated: [],
    view: 'anterior',
    xray: false,
  }) as unknown as SceneState;

describe('createChatUrls', () => {
  it('should add the user id and leave out what is undefined', () => {
    const urls = createChatUrls('g_user');
    expect(urls.runStream('run-1', null)).toBe('/model/runs/run-1/stream?user_id=g_user');
    expect(urls.runStream('run-1', 'run-1:4')).toBe(
      '/model/runs/run-1/stream?after=run-1%3A4&user_id=g_user',
    );
    expect(createChatUrls(null).cancelRun('a/b')).toBe('/model/runs/a%2Fb/cancel?');
  });
});

describe('sceneQuery', () => {
  it('should cut a long selection and leave out a scene too long for a URL', () => {
    expect(JSON.parse(sceneQuery(scene(2)) ?? '').selection).toHaveLength(2);
    expect(JSON.parse(sceneQuery(scene(400)) ?? '').selection).toHaveLength(60);
    const huge = { ...scene(1), view: 'x'.repeat(7000) } as unknown as SceneState;
    expect(sceneQuery(huge)).toBeUndefined();
  });
});
