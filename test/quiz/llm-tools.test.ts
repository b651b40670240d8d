import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV3, convertArrayToReadableStream } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { ModelEvent, MetadataEvent } from '#shared/protocol/index';
import { createAiSdkAgent } from '../../server/src/agent/ai-sdk-agent.js';
import { readGuidePrompt } from '../../server/src/agent/offline-guide/read-prompt.js';
import { startServer, type RunningServer } from '../../server/src/create-server.js';
import type { QuestionSpec } from '../../server/src/quiz/question-spec.js';
import type { Database } from '../../server/src/store/database.js';
import { createGuest, type Guest } from '../support/guests.js';
import { must } from '../support/must.js';
import { openEventStream, type ReceivedEvent } from '../support/sse-client.js';
import { openTestDatabase, testConfig } from '../support/test-server.js';

const finish = (reason: 'stop' | 'tool-calls'): LanguageModelV3StreamPart => ({
  type: 'finish',
  finishReason: { unified: reason, raw: undefined },
  usage: {
    inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 5, text: 5, reasoning: undefined },
  },
});

/** What the student typed: the latest message ends with it, after the scene and the facts. */
const studentWords = (message: string) => message.split("## The student's message\n").at(-1) ?? '';

/** Tool results the model was shown, in order. */
const seenByModel: string[] = [];

/**
 * A model that starts a quiz when asked for one and otherwise passes the student's words to the
 * server for grading, as the system prompt tells a real model to.
 */
const model = new MockLanguageModelV3({
  doStream: async (call: LanguageModelV3CallOptions) => {
    const prompt = readGuidePrompt(call.prompt);
    for (const message of call.prompt)
      if (message.role === 'tool') seenByModel.push(JSON.stringify(message.content));
    const parts: LanguageModelV3StreamPart[] =
      prompt.step > 0
        ? [
            { type: 'text-start', id: 't' },
            { type: 'text-delta', id: 't', delta: 'Over to the card.' },
            { type: 'text-end', id: 't' },
            finish('stop'),
          ]
        : [
            // The latest message carries the scene and facts before the student's words.
            prompt.message.includes('quiz me')
              ? {
                  type: 'tool-call',
                  toolCallId: 'start',
                  toolName: 'startQuiz',
                  input: JSON.stringify({
                    topic: 'the rotator cuff',
                    muscleIds: ['rotator-cuff'],
                    count: 2,
                    kinds: ['name'],
                  }),
                }
              : {
                  type: 'tool-call',
                  toolCallId: 'grade',
                  toolName: 'gradeQuizAnswer',
                  input: JSON.stringify({ answer: studentWords(prompt.message) }),
                },
            finish('tool-calls'),
          ];
    return { stream: convertArrayToReadableStream(parts) };
  },
});

let db: Database;
let server: RunningServer;
let guest: Guest;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startServer({
    config: testConfig(),
    agent: createAiSdkAgent({
      provider: 'openai',
      model: 'mock',
      languageModel: model,
      catalog: loadCatalog(),
    }),
    database: db,
    _internal: { quizPauseMs: 0 },
  });
  guest = await createGuest(server.url);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const ask = async (message: string, threadId?: string) => {
  const events = await openEventStream(`${server.url}/model/token-stream`, {
    method: 'POST',
    body: JSON.stringify({ message, user_id: guest.userId, thread_id: threadId }),
  }).finished;
  return {
    threadId: MetadataEvent.parse(events[0]?.data).thread_id,
    events: events
      .filter((e: ReceivedEvent) => e.event === 'event')
      .map((e) => ModelEvent.parse(e.data)),
  };
};

describe('quiz tools on the LLM path', () => {
  it('should start a quiz and have the server, not the model, grade an answer typed in the chat', async () => {
    const started = await ask('quiz me on the rotator cuff');
    const question = started.events.find((e) => e.type === 'model:quizQuestion');
    if (question?.type !== 'model:quizQuestion') throw new Error('no question');
    expect(question.payload).toMatchObject({ kind: 'name', total: 2 });
    const [row] = await db.query<{ spec: QuestionSpec | string }>(
      'select spec from quiz_questions where id = $1',
      [question.payload.questionId],
    );
    const raw = must(row).spec;
    const spec = typeof raw === 'string' ? (JSON.parse(raw) as QuestionSpec) : raw;
    // The model was told a quiz started, not its answer.
    expect(seenByModel.join('\n')).not.toContain(spec.answerText);

    const graded = await ask(spec.answerText.toLowerCase(), started.threadId);
    const feedback = graded.events.find((e) => e.type === 'model:quizFeedback');
    expect(feedback?.payload).toMatchObject({
      questionId: question.payload.questionId,
      verdict: 'correct',
    });
    const next = graded.events.find((e) => e.type === 'model:quizQuestion');
    expect(next?.payload).toMatchObject({ number: 2 });
    expect(seenByModel.at(-1)).toContain('Graded by the server: correct');

    const wrong = await ask('deltoid', started.threadId);
    const end = wrong.events.find((e) => e.type === 'model:quizEnd');
    expect(end?.payload).toMatchObject({ reason: 'finished', score: { correct: 1, answered: 2 } });

    const nothingOpen = await ask('biceps', started.threadId);
    expect(nothingOpen.events.some((e) => e.type === 'model:quizFeedback')).toBe(false);
    expect(seenByModel.at(-1)).toContain('No quiz question is open here');
  });
});
