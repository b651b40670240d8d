export interface ThinkingIndicatorProps {
  /** Reasoning text streamed by the provider, shown on demand. @default '' */
  text?: string;
}

/**
 * Animated dots while no answer has come: "Reading your question…" until the model says anything
 * (a local model server may read a long prompt for minutes), then "Thinking…" once its reasoning
 * streams, with that text behind a disclosure.
 */
export function ThinkingIndicator({ text = '' }: ThinkingIndicatorProps) {
  return (
    <div className="thinking">
      <span className="thinking__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className="thinking__label">
        {text.trim() === '' ? 'Reading your question…' : 'Thinking…'}
      </span>
      {text.trim() !== '' && (
        <details className="thinking__details">
          <summary>Show reasoning</summary>
          <p>{text}</p>
        </details>
      )}
    </div>
  );
}
