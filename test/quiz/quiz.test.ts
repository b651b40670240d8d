import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentFromEnv } from '../../server/src/agent/create-agent.js';
import { startServer, type RunningServer } from '../../server/src/create-server.js';
import type { QuestionSpec } from '../../server/src/quiz/question-spec.js';
import type { Database } from '../../server/src/store/database.js';
import {
  ModelEvent,
  MetadataEvent,
  ProgressResponse,
  type QuizResponse,
} from '#shared/protocol/index';
import { createGuests, type Guest } from '../support/guests.js';
import { must } from '../support/must.js';
import { connectSocket, nextEvent, type ClientSocket } from '../support/socket-client.js';
import { openEventStream, type ReceivedEvent } from '../support/sse-client.js';
import { openTestDatabase, testConfig } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let users: Record<'alice' | 'bob', Guest>;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startServer({
    config: testConfig(),
    agent: createAgentFromEnv({ OFFLINE_TOKEN_DELAY_MS: '0' }),
    database: db,
    _internal: { quizPauseMs: 0 },
  });
  users = await createGuests(server.url, ['alice', 'bob']);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const modelEvents = (events: ReceivedEvent[]): ModelEvent[] =>
  events.filter((e) => e.event === 'event').map((e) => ModelEvent.parse(e.data));

const questionOf = (events: ModelEvent[]) => {
  const event = events.find((e) => e.type === 'model:quizQuestion');
  return must(event?.type === 'model:quizQuestion' ? event.payload : undefined, 'question');
};

/** What only the server knows: read from its database, as no client can. */
const specOf = async (questionId: string): Promise<QuestionSpec> => {
  const [row] = await db.query<{ spec: QuestionSpec | string }>(
    'select spec from quiz_questions where id = $1',
    [questionId],
  );
  const spec = must(row, 'question row').spec;
  return typeof spec === 'string' ? (JSON.parse(spec) as QuestionSpec) : spec;
};

const rightAnswer = (spec: QuestionSpec): QuizResponse =>
  spec.answer.type === 'click'
    ? { type: 'click', structureId: spec.answer.muscleId, side: spec.answer.side }
    : spec.answer.type === 'text'
      ? { type: 'text', text: spec.answerText }
      : { type: 'choice', index: spec.answer.index };

const wrongAnswer = (spec: QuestionSpec): QuizResponse =>
  spec.answer.type === 'click'
    ? { type: 'click', structureId: 'gluteus-maximus', side: 'left' }
    : spec.answer.type === 'text'
      ? { type: 'text', text: 'gluteus maximus' }
      : { type: 'choice', index: (spec.answer.index + 1) % 4 };

const progressOf = async (guest: Guest) => {
  const res = await fetch(`${server.url}/api/progress`, { headers: guest.headers });
  expect(res.status).toBe(200);
  return ProgressResponse.parse(await res.json());
};

const cardCount = async () =>
  Number(must((await db.query<{ n: string }>('select count(*) as n from progress_cards'))[0]).n);

const startQuiz = async (guest: Guest, message: string) => {
  const events = await openEventStream(`${server.url}/model/token-stream`, {
    method: 'POST',
    body: JSON.stringify({ message, user_id: guest.userId }),
  }).finished;
  const metadata = MetadataEvent.parse(events[0]?.data);
  return { events, threadId: metadata.thread_id, question: questionOf(modelEvents(events)) };
};

const answerBySocket = (socket: ClientSocket, questionId: string, answer: QuizResponse) =>
  socket.timeout(5000).emitWithAck('quiz_answer', { question_id: questionId, answer });

describe('quiz on the real server', () => {
  let aliceSocket: ClientSocket;
  let bobSocket: ClientSocket;
  beforeAll(async () => {
    aliceSocket = await connectSocket(server.url, users.alice.auth);
    bobSocket = await connectSocket(server.url, users.bob.auth);
  });
  afterAll(() => {
    aliceSocket.close();
    bobSocket.close();
  });

  it('should start a quiz from "quiz me on the rotator cuff" without sending the answer', async () => {
    const { events, question } = await startQuiz(users.alice, 'quiz me on the rotator cuff');
    expect(events.at(-1)?.event).toBe('done');
    expect(question).toMatchObject({ number: 1, total: 5, topic: 'the rotator cuff' });
    const spec = await specOf(question.questionId);
    expect(['infraspinatus', 'subscapularis', 'supraspinatus', 'teres-minor']).toContain(
      spec.muscleId,
    );
    const wire = JSON.stringify(events);
    expect(wire).not.toContain('"answer"');
    // Name it must show its muscle; every other kind keeps the muscle's id off the wire.
    if (spec.kind !== 'name') expect(wire).not.toContain(`"${spec.muscleId}"`);
    if (spec.answer.type === 'choice') expect(wire).not.toContain('choiceIndex');
  });

  it('should grade a right answer over the socket, stream the feedback to every tab of the thread, and record progress', async () => {
    const { threadId, question } = await startQuiz(users.alice, '3 questions on the hamstrings');
    aliceSocket.emit('join_thread', { thread_id: threadId });
    await nextEvent(aliceSocket, 'thread_history');
    // A second tab of the same student, on the same thread.
    const secondTab = await connectSocket(server.url, users.alice.auth);
    secondTab.emit('join_thread', { thread_id: threadId });
    const history = await nextEvent(secondTab, 'thread_history');
    const stored = history.messages.flatMap((m) => m.events);
    expect(stored.some((e) => e.type === 'model:quizQuestion')).toBe(true);
    const secondSees = nextEvent(
      secondTab,
      'model_event',
      (e) => e.type === 'model:quizFeedback' && e.payload.questionId === question.questionId,
    );
    const spec = await specOf(question.questionId);
    const before = await progressOf(users.alice);

    const feedback = nextEvent(
      aliceSocket,
      'model_event',
      (e) => e.type === 'model:quizFeedback' && e.payload.questionId === question.questionId,
    );
    const next = nextEvent(
      aliceSocket,
      'model_event',
      (e) => e.type === 'model:quizQuestion' && e.payload.number === 2,
    );
    const started = nextEvent(aliceSocket, 'run_started');
    const ack = await answerBySocket(aliceSocket, question.questionId, rightAnswer(spec));
    expect(ack).toMatchObject({ ok: true, type: 'graded', correct: true, verdict: 'correct' });
    expect((await started).thread_id).toBe(threadId);
    const shown = await feedback;
    expect(shown.payload).toMatchObject({
      correct: true,
      muscleId: spec.muscleId,
      score: { correct: 1, answered: 1, total: 3 },
    });
    await next;
    expect((await secondSees).payload).toMatchObject({ correct: true });
    secondTab.close();

    const after = await progressOf(users.alice);
    const card = after.cards.find((c) => c.muscleId === spec.muscleId && c.kind === spec.kind);
    expect(card).toMatchObject({ reps: 1, lapses: 0, lastCorrect: true });
    expect(after.cards.length).toBe(before.cards.length + 1);
    expect(after.regions.find((r) => r.region === 'thigh')).toBeDefined();
  });

  it("should refuse closed, unknown and other users' questions with clear errors and record nothing", async () => {
    const { question } = await startQuiz(users.alice, 'quiz me on the quadriceps');
    const spec = await specOf(question.questionId);
    const cards = await cardCount();

    const stranger = await answerBySocket(bobSocket, question.questionId, rightAnswer(spec));
    expect(stranger).toMatchObject({ ok: false, error: { code: 'QUESTION_NOT_FOUND' } });
    const unknown = await answerBySocket(aliceSocket, 'no-such-question-id', rightAnswer(spec));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'QUESTION_NOT_FOUND' } });
    const malformed = await aliceSocket.timeout(5000).emitWithAck('quiz_answer', {
      question_id: question.questionId,
      answer: { type: 'guess' },
    } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await cardCount()).toBe(cards);

    const first = await answerBySocket(aliceSocket, question.questionId, rightAnswer(spec));
    expect(first).toMatchObject({ ok: true, correct: true });
    expect(await cardCount()).toBe(cards + 1);
    const again = await answerBySocket(aliceSocket, question.questionId, rightAnswer(spec));
    expect(again).toMatchObject({ ok: false, error: { code: 'QUESTION_CLOSED' } });
    const [row] = await db.query<{ reps: number }>(
      `select (card->>'reps')::int as reps from progress_cards where muscle_id = $1 and kind = $2`,
      [spec.muscleId, spec.kind],
    );
    expect(Number(must(row).reps)).toBe(1);
  });

  it('should answer over HTTP, give hints without closing, stream the step over SSE, and stop', async () => {
    const { question } = await startQuiz(users.alice, '2 questions on the rotator cuff');
    const post = (id: string, answer: QuizResponse, guest = users.alice) =>
      fetch(`${server.url}/api/quiz/${id}/answer`, {
        method: 'POST',
        headers: { ...guest.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ answer }),
      });

    const hint = await post(question.questionId, { type: 'hint' });
    expect(hint.status).toBe(200);
    expect(await hint.json()).toMatchObject({
      type: 'hint',
      hint: expect.stringContaining('It is'),
    });

    const spec = await specOf(question.questionId);
    const wrong = await post(question.questionId, wrongAnswer(spec));
    expect(wrong.status).toBe(200);
    const graded = (await wrong.json()) as { run_id: string; correct: boolean };
    expect(graded.correct).toBe(false);
    const step = await openEventStream(
      `${server.url}/model/runs/${graded.run_id}/stream?user_id=${users.alice.userId}`,
    ).finished;
    const stepEvents = modelEvents(step);
    const feedback = stepEvents.find((e) => e.type === 'model:quizFeedback');
    expect(feedback?.payload).toMatchObject({ correct: false, muscleId: spec.muscleId });
    const second = questionOf(stepEvents);
    expect(second.number).toBe(2);

    const missing = await post('no-such-question-id', { type: 'skip' });
    expect(missing.status).toBe(404);
    const notYours = await post(second.questionId, { type: 'skip' }, users.bob);
    expect(notYours.status).toBe(404);

    const stop = await post(second.questionId, { type: 'stop' });
    const stopped = (await stop.json()) as { run_id: string; verdict: string };
    expect(stopped.verdict).toBe('stopped');
    const end = modelEvents(
      await openEventStream(
        `${server.url}/model/runs/${stopped.run_id}/stream?user_id=${users.alice.userId}`,
      ).finished,
    ).find((e) => e.type === 'model:quizEnd');
    expect(end?.payload).toMatchObject({ reason: 'stopped', score: { answered: 1, correct: 0 } });
  });

  it('should keep progress to its owner', async () => {
    const forbidden = await fetch(`${server.url}/api/progress?user_id=${users.alice.userId}`, {
      headers: users.bob.headers,
    });
    expect(forbidden.status).toBe(403);
    expect((await progressOf(users.bob)).cards).toEqual([]);
  });

  it('should review what was got wrong first', async () => {
    const { question } = await startQuiz(users.alice, 'quiz me on what I got wrong');
    const spec = await specOf(question.questionId);
    const [missed] = await db.query<{ muscle_id: string }>(
      `select muscle_id from progress_cards where user_id = $1 and last_correct = false`,
      [users.alice.userId],
    );
    // Missed cards are due again within minutes: the first review question is one of them.
    expect(spec.muscleId).toBe(must(missed).muscle_id);
  });

  it('should take a hint, an answer, a skip and a stop typed in the chat with the offline guide', async () => {
    const { threadId, question } = await startQuiz(users.bob, '3 questions on the hamstrings');
    const say = async (message: string) => {
      const events = await openEventStream(`${server.url}/model/token-stream`, {
        method: 'POST',
        body: JSON.stringify({ message, user_id: users.bob.userId, thread_id: threadId }),
      }).finished;
      expect(events.at(-1)?.event).toBe('done');
      const text = events
        .filter((e) => e.event === 'token')
        .map((e) => (e.data as { content: string }).content)
        .join('');
      return { text, events: modelEvents(events) };
    };
    const feedbackOf = (events: ModelEvent[]) => {
      const event = events.find((e) => e.type === 'model:quizFeedback');
      return event?.type === 'model:quizFeedback' ? event.payload : undefined;
    };

    const hint = await say('give me a hint please');
    expect(hint.text).toMatch(/^Hint: It is/);
    expect(feedbackOf(hint.events)).toBeUndefined();

    // The right answer as a student types it: a name with a lead-in, or a choice by its number.
    const spec = await specOf(question.questionId);
    const typed =
      spec.answer.type === 'choice'
        ? `I think it's ${spec.answer.index + 1}`
        : spec.answer.type === 'text'
          ? `is it the ${spec.answerText.toLowerCase()}?`
          : 'skip';
    const answered = await say(typed);
    expect(feedbackOf(answered.events)).toMatchObject({
      questionId: question.questionId,
      verdict: spec.answer.type === 'click' ? 'skipped' : 'correct',
    });
    const second = questionOf(answered.events);
    expect(answered.text).toContain(`Question 2 of 3`);

    // A question of its own during the quiz is answered as usual, and grades nothing.
    const aside = await say('what does the biceps do?');
    expect(feedbackOf(aside.events)).toBeUndefined();
    expect(aside.text).toMatch(/elbow/);

    const skipped = await say("I don't know");
    expect(feedbackOf(skipped.events)).toMatchObject({
      questionId: second.questionId,
      verdict: 'skipped',
    });
    const third = questionOf(skipped.events);
    const stopped = await say('stop the quiz');
    const end = stopped.events.find((e) => e.type === 'model:quizEnd');
    expect(end?.payload).toMatchObject({ reason: 'stopped', score: { answered: 2 } });
    expect(stopped.text).toMatch(/Quiz stopped/);
    expect((await specOf(third.questionId)).muscleId).toBeTruthy();

    const none = await say('next question');
    expect(none.text).toMatch(/No quiz question is open/);
  });
});
