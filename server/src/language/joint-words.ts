import type { Joint } from '#shared/anatomy/catalog-schema';

/** A joint as students name it alone: "and the knee?", "which of them crosses the hip?". */
export const JOINT_WORDS: Readonly<Record<string, Joint | undefined>> = {
  hip: 'hip',
  hips: 'hip',
  knee: 'knee',
  knees: 'knee',
  shoulder: 'shoulder',
  shoulders: 'shoulder',
  elbow: 'elbow',
  elbows: 'elbow',
  ankle: 'ankle',
  ankles: 'ankle',
  wrist: 'wrist',
  wrists: 'wrist',
  neck: 'neck',
  jaw: 'mandible',
  trunk: 'trunk',
  spine: 'trunk',
  fingers: 'fingers',
  thumb: 'thumb',
  toes: 'toes',
};

/** The joint a word names, if it names one. */
export const jointOfWord = (word: string): Joint | undefined =>
  Object.hasOwn(JOINT_WORDS, word) ? JOINT_WORDS[word] : undefined;
