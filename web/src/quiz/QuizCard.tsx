import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { QuizFeedbackPayload } from '#shared/protocol/index';
import { useViewerStore } from '../state/use-viewer-store';
import { answerQuiz } from './answer-quiz';
import { deriveQuiz, quizActive } from './derive-quiz';
import { quizUiStore, useQuizUi } from './quiz-ui-store';
import './quiz.css';

const KIND_LABEL = { find: 'Find it', name: 'Name it', fact: 'Facts', function: 'Function' };

const verdictLine = (feedback: QuizFeedbackPayload): string => {
  switch (feedback.verdict) {
    case 'correct':
      return 'Correct';
    case 'wrong-side':
      return 'Right muscle, wrong side';
    case 'skipped':
      return 'Skipped';
    case 'stopped':
      return 'Stopped';
    default:
      return 'Not quite';
  }
};

/**
 * The quiz's question card over the 3D view: the open question (click the body, type a name, or
 * pick a choice), the last answer's feedback, the score, and Hint, Skip and Stop. While a quiz is
 * under way the page is marked `data-quiz="active"`, which hides the labels, the muscle browser,
 * the info card, the hover names and the selection chips (they would give answers away).
 */
export function QuizCard() {
  const messages = useViewerStore((s) => s.messages);
  const quiz = useMemo(() => deriveQuiz(messages), [messages]);
  const pending = useQuizUi((s) => s.pendingQuestionId);
  const hint = useQuizUi((s) => s.hint);
  const error = useQuizUi((s) => s.error);
  const dismissed = useQuizUi((s) => s.dismissedQuizId);
  const active = quizActive(quiz);
  const question = quiz?.question ?? null;

  useEffect(() => {
    const root = document.documentElement;
    if (active) root.dataset.quiz = 'active';
    else delete root.dataset.quiz;
    return () => {
      delete root.dataset.quiz;
    };
  }, [active]);

  if (!quiz || (!active && dismissed === quiz.quizId)) return null;
  const busy = question !== null && pending === question.questionId;
  const feedback = quiz.feedback;
  const showFeedback =
    feedback !== null && (question === null || feedback.questionId !== question.questionId);

  return (
    <section className="quiz-card" aria-label={`Quiz: ${quiz.topic}`} data-testid="quiz-card">
      <header className="quiz-card__head">
        <span className="quiz-card__title">Quiz · {quiz.topic}</span>
        <span className="quiz-card__score" data-testid="quiz-score">
          {quiz.score.correct} / {quiz.score.answered} right · {quiz.score.total} questions
        </span>
      </header>

      {showFeedback && feedback && (
        <div
          className={`quiz-card__feedback ${feedback.correct ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="quiz-feedback"
          data-verdict={feedback.verdict}
          data-question-id={feedback.questionId}
        >
          <strong>{verdictLine(feedback)}</strong>
          {feedback.verdict !== 'correct' && feedback.given && feedback.verdict !== 'skipped' && (
            <span> — you answered {feedback.given}</span>
          )}
          <p className="quiz-card__answer">
            Answer: <strong>{feedback.answerText}</strong>
          </p>
          <p className="quiz-card__explanation">{feedback.explanation}</p>
        </div>
      )}

      {question && (
        <div
          className="quiz-card__question"
          data-testid="quiz-question"
          data-kind={question.kind}
          data-question-id={question.questionId}
        >
          <p className="quiz-card__meta">
            Question {question.number} of {question.total} · {KIND_LABEL[question.kind]}
          </p>
          <p className="quiz-card__prompt" aria-live="polite">
            {question.prompt}
          </p>
          {question.answerBy === 'click' && (
            <p className="quiz-card__how">Click it in the 3D view.</p>
          )}
          {question.answerBy === 'text' && (
            <NameItForm key={question.questionId} questionId={question.questionId} busy={busy} />
          )}
          {question.answerBy === 'choice' && (
            <ol className="quiz-card__choices">
              {(question.choices ?? []).map((choice, index) => (
                <li key={`${question.questionId}-${index}`}>
                  <button
                    type="button"
                    className="quiz-card__choice"
                    disabled={busy}
                    onClick={() => void answerQuiz(question.questionId, { type: 'choice', index })}
                  >
                    {/* The number a student can type in the chat instead ("2"). */}
                    <span className="quiz-card__choice-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {choice}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {hint?.questionId === question.questionId && (
            <p className="quiz-card__hint" role="status">
              Hint: {hint.text}
            </p>
          )}
          {error?.questionId === question.questionId && (
            <p className="quiz-card__error" role="alert">
              {error.text}
            </p>
          )}
          <div className="quiz-card__controls">
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void answerQuiz(question.questionId, { type: 'hint' })}
            >
              Hint
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void answerQuiz(question.questionId, { type: 'skip' })}
            >
              Skip
            </button>
            <button
              type="button"
              className="button button--small button--stop"
              disabled={busy}
              onClick={() => void answerQuiz(question.questionId, { type: 'stop' })}
            >
              Stop quiz
            </button>
          </div>
        </div>
      )}

      {!question && active && <p className="quiz-card__meta">Next question coming…</p>}

      {quiz.end && (
        <div className="quiz-card__end" data-testid="quiz-end">
          <p>
            {quiz.end.reason === 'stopped' ? 'Quiz stopped' : 'Quiz over'}: {quiz.end.score.correct}{' '}
            of {quiz.end.reason === 'stopped' ? quiz.end.score.answered : quiz.end.score.total}{' '}
            right.
          </p>
          <div className="quiz-card__controls">
            <button
              type="button"
              className="button button--small"
              onClick={() => quizUiStore.setState({ progressOpen: true })}
            >
              Progress
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => quizUiStore.setState({ dismissedQuizId: quiz.quizId })}
            >
              Close
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Name it: the typed answer, fresh for each question. */
function NameItForm({ questionId, busy }: { questionId: string; busy: boolean }) {
  const [typed, setTyped] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== '') void answerQuiz(questionId, { type: 'text', text: typed.trim() });
  };
  return (
    <form className="quiz-card__form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="quiz-name-input">
        The muscle's name
      </label>
      <input
        id="quiz-name-input"
        className="quiz-card__input"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        placeholder="Type its name"
        onChange={(e) => setTyped(e.target.value)}
        disabled={busy}
      />
      <button type="submit" className="button button--small button--primary" disabled={busy}>
        Answer
      </button>
    </form>
  );
}
