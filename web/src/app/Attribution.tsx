import { useViewerStore } from '../state/use-viewer-store';

/** The model's licence notice (BodyParts3D, © DBCLS, CC BY-SA 2.1 JP), shown with the model. */
export function Attribution() {
  const attribution = useViewerStore((s) => s.anatomy?.manifest?.attribution);
  if (!attribution) return null;
  return (
    <footer className="attribution">
      3D model: {attribution.source}, {attribution.copyright},{' '}
      <a href={attribution.licenseUrl} target="_blank" rel="noopener noreferrer">
        {attribution.license}
      </a>
    </footer>
  );
}
