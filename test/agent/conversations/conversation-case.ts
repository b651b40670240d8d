import type { NamedView } from '#shared/protocol/named-view';

/** The categories of student requests the guide is judged on. */
export type Category =
  | 'follow-ups'
  | 'never substitute'
  | 'direction of action'
  | 'complete facts'
  | 'shown first'
  | 'regions and landmarks'
  | 'parts'
  | 'clinical'
  | 'off-topic';

/** What must hold after the last turn of a conversation. */
export interface Expected {
  /**
   * The selection: `id` (both sides), `id:left`, `id:right`; `[]` nothing selected. Omitted: not
   * judged.
   */
  select?: string[];
  /** The parts selected on their own (`<muscleId>/<part>`); `[]` whole muscles only. */
  parts?: string[];
  /** Muscles that must be among the selection (when the exact list is not the point). */
  selectIncludes?: string[];
  /** Muscles that must not be selected. */
  selectExcludes?: string[];
  /** The camera's named view after the last turn. */
  view?: NamedView | null;
  /** The last turn moved the camera onto this region, or onto a focus including these muscles. */
  focusRegion?: string;
  focusIncludes?: string[];
  /** The last turn changed nothing on screen (no tool call at all). */
  noCalls?: boolean;
  isolated?: string[];
  /** The muscles hidden after the last turn (any side). */
  hidden?: string[];
  /** Text of the last answer: every pattern must match, none of `never` may. */
  says?: RegExp[];
  never?: RegExp[];
  /** The first sentence of the last answer. */
  first?: RegExp;
}

export interface ConversationCase {
  category: Category;
  /** The student's messages, in order; the scene carries over between them. */
  turns: string[];
  expect: Expected;
}

/** A case in one line: `ask('follow-ups', ['show my left bicep', 'other side too'], {...})`. */
export const ask = (
  category: Category,
  turns: string | string[],
  expect: Expected,
): ConversationCase => ({
  category,
  turns: typeof turns === 'string' ? [turns] : turns,
  expect,
});

/** Phrases no answer to a student may contain when it must not act as a clinician. */
export const NO_CLINICAL_ADVICE = [
  /\b\d+\s?(mg|milligrams?|ml|tablets?|pills?)\b/i,
  /\byou (should|could|can) (take|try|stretch|ice|rest)\b/i,
  /\bit sounds like\b/i,
  /\byou (probably |likely |may )?have (a|an)\b/i,
];

/** The off-topic reply, and the replies a non-anatomy question must not get. */
export const OFF_TOPIC = /only help with (its|the) muscles|outside what I know/i;
export const NOT_A_MUSCLE_QUESTION = [/Which muscle do you mean/i, /I read “/i, /^Hello/];
