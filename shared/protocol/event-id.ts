/** The parts of a stream message's SSE id: the run and the message's index in the run's log. */
export interface EventIdParts {
  readonly runId: string;
  readonly index: number;
}

const EVENT_ID = /^([A-Za-z0-9_-]{8,64}):(\d{1,9})$/;

/** `<runId>:<index>` → its parts; null for anything else (a forged or foreign id). */
export const parseEventId = (id: string | null | undefined): EventIdParts | null => {
  if (!id) return null;
  const match = EVENT_ID.exec(id.trim());
  if (!match) return null;
  return { runId: match[1] as string, index: Number(match[2]) };
};

/** The SSE id of a run's log entry: `<runId>:<index>`. */
export const formatEventId = (runId: string, index: number): string => `${runId}:${index}`;
