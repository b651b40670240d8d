import type { ViewerStore } from '../state/viewer-store';
import { decodeShareLink } from './share-link-codec';

/**
 * Opens the view a `#view=…` address carries, once the catalog is loaded (to check its ids):
 * the scene as shared, or the default view with a short notice when the link is damaged, of
 * another version or names what this model lacks. The fragment is then removed, so a reload
 * keeps what the student does next. Nothing is asked of the server.
 */
export const applyShareLink = (store: ViewerStore, location: Location, history: History): void => {
  if (!location.hash.startsWith('#view=')) return;
  const apply = (): boolean => {
    const state = store.getState();
    if (!state.anatomy) return false;
    const decoded = decodeShareLink(location.hash, state.anatomy, state.scene.camera.seq);
    if (decoded.kind === 'scene') {
      state.restoreScene({ ...decoded.scene, delivery: state.scene.delivery });
    } else if (decoded.kind === 'invalid') {
      state.resetScene();
      state.setNotice({
        kind: 'info',
        text: `This link to a view could not be opened (${decoded.reason}): here is the default view.`,
      });
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return true;
  };
  if (apply()) return;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.anatomy !== previous.anatomy && apply()) unsubscribe();
  });
};
