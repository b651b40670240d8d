import { lazy, Suspense } from 'react';
import { FadeCaption } from '../panels/FadeCaption';
import { LayerControls } from '../panels/LayerControls';
import { SelectionSummary } from '../panels/SelectionSummary';
import { ShareViewButton } from '../panels/ShareViewButton';
import { TourBar } from '../panels/TourBar';
import { ViewControls } from '../panels/ViewControls';
import { ProgressPanel } from '../quiz/ProgressPanel';
import { QuizCard } from '../quiz/QuizCard';
import { QuizLauncher } from '../quiz/QuizLauncher';
import { useViewerStore } from '../state/use-viewer-store';
import { Attribution } from './Attribution';
import { ModelStatus } from './ModelStatus';
import { SceneAnnouncer } from './SceneAnnouncer';

// three, R3F and drei are the bulk of the app: they load after the first paint.
const Viewer = lazy(() => import('../scene/Viewer').then((m) => ({ default: m.Viewer })));

/** The 3D view with its overlays: view and layer toolbars, selection, tour, status, licence. */
export function ViewerArea() {
  const anatomy = useViewerStore((s) => s.anatomy);
  const hasModel = anatomy?.model != null;
  return (
    <section className="viewer-area" aria-label="3D model">
      {hasModel && (
        <Suspense fallback={null}>
          <Viewer anatomy={anatomy} />
        </Suspense>
      )}
      {hasModel && (
        <div className="viewer-area__top">
          <ViewControls />
          <ShareViewButton />
          <LayerControls />
          <QuizLauncher />
        </div>
      )}
      <ModelStatus />
      <SceneAnnouncer />
      <div className="viewer-area__bottom">
        <ProgressPanel />
        <QuizCard />
        <FadeCaption />
        <SelectionSummary />
        <TourBar />
        <Attribution />
      </div>
    </section>
  );
}
