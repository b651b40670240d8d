import { useContext } from 'react';
import { ChatControllerContext } from '../app/chat-controller-context';
import { useViewerStore } from '../state/use-viewer-store';
import { quizUiStore } from './quiz-ui-store';

/** Quiz on the current selection, and the progress panel; the chat starts any other quiz. */
export function QuizLauncher() {
  const controller = useContext(ChatControllerContext);
  const selected = useViewerStore((s) => Object.keys(s.scene.selection).length);
  const busy = useViewerStore((s) => s.run !== null);
  return (
    <div className="quiz-launcher toolbar" role="group" aria-label="Quiz">
      <button
        type="button"
        className="toolbar__button"
        disabled={!controller || selected === 0 || busy}
        title="Quiz me on the selected muscles"
        onClick={() => controller?.send('quiz me on the selected muscles')}
      >
        Quiz selection
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={() => quizUiStore.setState((s) => ({ progressOpen: !s.progressOpen }))}
      >
        Progress
      </button>
    </div>
  );
}
