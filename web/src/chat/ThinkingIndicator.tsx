export interface ThinkingIndicatorProps {
  /** Reasoning text streamed by the provider, shown on demand. @default '' */
  text?: string;
}

/** "Thinking…" with animated dots, and the reasoning text behind a disclosure when there is some. */
export function ThinkingIndicator({ text = '' }: ThinkingIndicatorProps) {
  return (
    <div className="thinking">
      <span className="thinking__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className="thinking__label">Thinking…</span>
      {text.trim() !== '' && (
        <details className="thinking__details">
          <summary>Show reasoning</summary>
          <p>{text}</p>
        </details>
      )}
    </div>
  );
}
