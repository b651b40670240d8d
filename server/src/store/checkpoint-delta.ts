import type { ModelEvent } from '#shared/protocol/model-event';

/** A streaming answer as it stands: all of its text and events so far. */
export type AnswerState = { messageId: string; text: string; events: readonly ModelEvent[] };

/** How much of an answer the database is known to hold. */
export type SavedMark = {
  /** UTF-16 code units of the text (JavaScript's length). */
  units: number;
  /** Characters (code points) of the same text: what the database counts. */
  chars: number;
  events: number;
};

/**
 * What a checkpoint appends: the text and events gained since `textFrom` characters and
 * `eventsFrom` events. The database keeps the first `textFrom` characters and appends `text`, so
 * a retry of a save that did land, unknown to us, rewrites the same tail instead of doubling it.
 */
export type Checkpoint = {
  messageId: string;
  textFrom: number;
  text: string;
  eventsFrom: number;
  events: readonly ModelEvent[];
};

export const nothingSaved: SavedMark = { units: 0, chars: 0, events: 0 };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Code points in `text` (a surrogate pair is one). */
export const countCodePoints = (text: string): number => {
  let count = text.length;
  for (let i = 1; i < text.length; i += 1)
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) count -= 1;
  return count;
};

/**
 * The part of `state` not yet saved, and the mark once it is; null when nothing was gained. A
 * trailing half of a surrogate pair waits for its other half, so the saved text never ends in
 * the middle of a character.
 */
export const checkpointDelta = (
  state: AnswerState,
  saved: SavedMark = nothingSaved,
): { checkpoint: Checkpoint; next: SavedMark } | null => {
  let end = state.text.length;
  if (end > saved.units && isHighSurrogate(state.text.charCodeAt(end - 1))) end -= 1;
  const text = end > saved.units ? state.text.slice(saved.units, end) : '';
  const events = state.events.length > saved.events ? state.events.slice(saved.events) : [];
  if (text === '' && events.length === 0) return null;
  return {
    checkpoint: {
      messageId: state.messageId,
      textFrom: saved.chars,
      text,
      eventsFrom: saved.events,
      events,
    },
    next: {
      units: saved.units + text.length,
      chars: saved.chars + countCodePoints(text),
      events: saved.events + events.length,
    },
  };
};
