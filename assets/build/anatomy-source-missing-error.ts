const MARKER = Symbol.for('anatomy-tutor.AnatomySourceMissingError');

/** The BodyParts3D folder (its parts.json) is not where the build looked. */
export class AnatomySourceMissingError extends Error {
  readonly [MARKER] = true;
  override readonly name = 'AnatomySourceMissingError';
  readonly code = 'ANATOMY_SOURCE_MISSING';
  readonly isRetryable = false;

  constructor(readonly sourceDir: string) {
    super(
      `Anatomy source not found at ${sourceDir}: set ANATOMY_SOURCE_DIR or pass --source to a ` +
        'BodyParts3D folder with a parts.json (see assets/README.md)',
    );
  }

  static isInstance(error: unknown): error is AnatomySourceMissingError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}
