import { useContext, useId } from 'react';
import { ChatControllerContext } from '../app/chat-controller-context';
import { useViewerStore } from '../state/use-viewer-store';
import { quizUiStore } from './quiz-ui-store';

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Starts quizzes without typing: on a group or a region (asked through the chat, so the quiz is
 * a run of the thread like any other), on the current selection, and opens the progress panel.
 */
export function QuizLauncher() {
  const controller = useContext(ChatControllerContext);
  const anatomy = useViewerStore((s) => s.anatomy);
  const selected = useViewerStore((s) => Object.keys(s.scene.selection).length);
  const busy = useViewerStore((s) => s.run !== null);
  const selectId = useId();
  const ask = (message: string) => controller?.send(message);
  return (
    <div className="quiz-launcher toolbar" role="group" aria-label="Quiz">
      <label className="visually-hidden" htmlFor={selectId}>
        Quiz on a group or region
      </label>
      <select
        id={selectId}
        className="quiz-launcher__select"
        value=""
        disabled={!controller || !anatomy || busy}
        onChange={(event) => {
          if (event.target.value) ask(event.target.value);
        }}
      >
        <option value="">Quiz on…</option>
        <optgroup label="Groups">
          {[...(anatomy?.groups.values() ?? [])].map((group) => (
            <option key={group.id} value={`quiz me on the ${lower(group.name)}`}>
              {group.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="Regions">
          {[...(anatomy?.regions.values() ?? [])].map((region) => (
            <option key={region.id} value={`quiz me on the muscles of the ${lower(region.name)}`}>
              {region.name}
            </option>
          ))}
        </optgroup>
      </select>
      <button
        type="button"
        className="toolbar__button"
        disabled={!controller || selected === 0 || busy}
        title="Quiz me on the selected muscles"
        onClick={() => ask('quiz me on the selected muscles')}
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
