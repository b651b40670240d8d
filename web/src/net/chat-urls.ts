import type { SceneState } from '#shared/protocol/index';

/** Longer scene JSON goes on the socket only; URLs stay well under common limits. */
const MAX_SCENE_QUERY_CHARS = 6000;

/** What a token-stream request carries (the fields of an `ActiveRun` that name it). */
export interface TokenStreamRequest {
  readonly text: string | null;
  readonly requestId: string | null;
  readonly threadId: string | null;
}

export interface ChatUrls {
  /** `path` with `params` (undefined ones left out) and the user's id when known. */
  withUser: (path: string, params?: Record<string, string | undefined>) => string;
  /** `GET /model/token-stream`: starts a run, or attaches to the one with the same request id. */
  tokenStream: (request: TokenStreamRequest, scene?: SceneState) => string;
  /** `GET /model/runs/:id/stream`: a run's log after the event id `after` (all of it when null). */
  runStream: (runId: string, after: string | null) => string;
  threadMessages: (threadId: string, params?: Record<string, string | undefined>) => string;
  cancelRun: (runId: string) => string;
}

/** The scene as a query value; trimmed (long selections cut) or left out when too long. */
export const sceneQuery = (scene: SceneState): string | undefined => {
  let text = JSON.stringify(scene);
  if (text.length <= MAX_SCENE_QUERY_CHARS) return text;
  text = JSON.stringify({
    ...scene,
    selection: scene.selection.slice(0, 60),
    isolated: scene.isolated.slice(0, 60),
  });
  return text.length <= MAX_SCENE_QUERY_CHARS ? text : undefined;
};

/** Builds the chat's HTTP addresses; `user_id` goes along when known (the cookie identifies anyway). */
export const createChatUrls = (userId: string | null): ChatUrls => {
  const withUser: ChatUrls['withUser'] = (path, params = {}) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) query.set(key, value);
    if (userId) query.set('user_id', userId);
    return `${path}?${query.toString()}`;
  };
  return {
    withUser,
    tokenStream: (request, scene) =>
      withUser('/model/token-stream', {
        message: request.text ?? '',
        thread_id: request.threadId ?? undefined,
        request_id: request.requestId ?? undefined,
        scene: scene ? sceneQuery(scene) : undefined,
      }),
    runStream: (runId, after) =>
      withUser(`/model/runs/${encodeURIComponent(runId)}/stream`, { after: after ?? undefined }),
    threadMessages: (threadId, params) =>
      withUser(`/api/threads/${encodeURIComponent(threadId)}/messages`, params),
    cancelRun: (runId) => withUser(`/model/runs/${encodeURIComponent(runId)}/cancel`),
  };
};
