import { useState } from 'react';
import { encodeShareLink } from '../app/share-link-codec';
import { useViewerStore } from '../state/use-viewer-store';

/**
 * "Copy link": an address that opens this view (selection, isolation, layers, x-ray, camera,
 * info card) in any browser, without the conversation. Shown in a field as well, for browsers
 * that refuse the clipboard.
 */
export function ShareViewButton() {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const { scene, cameraPose } = useViewerStore.getState();
    // The page's address without the thread: a link carries the scene, never the conversation.
    const url = `${window.location.origin}${window.location.pathname}${encodeShareLink(scene, cameraPose)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="toolbar share-view" role="group" aria-label="Share this view">
      <button type="button" className="toolbar__button" onClick={() => void share()}>
        {link && copied ? 'Link copied' : 'Copy link'}
      </button>
      {link && (
        <input
          className="share-view__link"
          readOnly
          value={link}
          aria-label="Link to this view"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
