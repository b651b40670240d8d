import { useViewerStore } from '../state/use-viewer-store';
import { InfoCard } from './InfoCard';
import { MuscleBrowser } from './MuscleBrowser';

/** The left panel: the muscle browser, and the info card of the inspected structure. */
export function SidePanel() {
  const anatomy = useViewerStore((s) => s.anatomy);
  if (!anatomy) {
    return (
      <div className="side-panel__loading" role="status">
        Loading the catalog…
      </div>
    );
  }
  return (
    <>
      <MuscleBrowser anatomy={anatomy} />
      <InfoCard anatomy={anatomy} />
    </>
  );
}
