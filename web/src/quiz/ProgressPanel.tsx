import { useContext, useEffect, useState } from 'react';
import type { ProgressResponse } from '#shared/protocol/index';
import { ChatControllerContext } from '../app/chat-controller-context';
import { useViewerStore } from '../state/use-viewer-store';
import { quizClient } from './quiz-client';
import { quizUiStore, useQuizUi } from './quiz-ui-store';

/**
 * The student's progress per region: how many muscles are mastered, being learnt, and due for
 * review, with a Review button that asks for a quiz on what is due and was missed.
 */
export function ProgressPanel() {
  const open = useQuizUi((s) => s.progressOpen);
  const controller = useContext(ChatControllerContext);
  const anatomy = useViewerStore((s) => s.anatomy);
  const messageCount = useViewerStore((s) => s.messages.length);
  const [progress, setProgress] = useState<ProgressResponse | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return undefined;
    let cancelled = false;
    void quizClient()
      ?.progress()
      .then((result) => {
        if (cancelled) return;
        setProgress(result);
        setFailed(result === null);
      });
    return () => {
      cancelled = true;
    };
  }, [open, messageCount]);

  if (!open) return null;
  const regionName = (id: string) =>
    anatomy?.regions.get(id as never)?.name ?? id.charAt(0).toUpperCase() + id.slice(1);
  return (
    <section className="quiz-progress" aria-label="Quiz progress" data-testid="quiz-progress">
      <header className="quiz-card__head">
        <span className="quiz-card__title">Progress</span>
        <button
          type="button"
          className="link-button"
          onClick={() => quizUiStore.setState({ progressOpen: false })}
        >
          Close
        </button>
      </header>
      {failed && <p className="quiz-card__error">Progress could not be loaded.</p>}
      {progress && progress.regions.length === 0 && (
        <p className="quiz-card__meta">No answers yet: ask "quiz me on the rotator cuff".</p>
      )}
      {progress && progress.regions.length > 0 && (
        <table className="quiz-progress__table">
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Mastered</th>
              <th scope="col">Learning</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {progress.regions.map((r) => (
              <tr key={r.region} data-region={r.region}>
                <th scope="row">{regionName(r.region)}</th>
                <td>{r.mastered}</td>
                <td>{r.learning}</td>
                <td>{r.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="quiz-card__controls">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!controller || !progress || progress.cards.length === 0}
          onClick={() => {
            controller?.send('quiz me on what I got wrong');
            quizUiStore.setState({ progressOpen: false });
          }}
        >
          Review{progress && progress.due_now > 0 ? ` (${progress.due_now} due)` : ''}
        </button>
      </div>
    </section>
  );
}
