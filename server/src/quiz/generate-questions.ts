import type { Muscle, MuscleAction } from '#shared/anatomy/catalog-schema';
import type { QuizKind } from '#shared/protocol/quiz-question';
import type { CatalogIndex } from '../language/catalog-index.js';
import { actionPhrase } from '../language/describe-action.js';
import type { QuestionSpec } from './question-spec.js';
import { shuffle } from './shuffle.js';

/** A (muscle, kind) the quiz should ask about, in the order wanted. */
export interface QuestionTarget {
  muscleId: string;
  kind?: QuizKind;
}

export interface GenerateOptions {
  count: number;
  /** Kinds to use; all four by default. */
  kinds?: readonly QuizKind[];
  /** A number in [0, 1); tests pass a seeded one. */
  random: () => number;
}

const CHOICES = 4;
/** Kinds that need the muscle drawn in the 3D model. */
const NEEDS_MESH: ReadonlySet<QuizKind> = new Set(['find', 'name']);
const ALL_KINDS: readonly QuizKind[] = ['find', 'name', 'fact', 'function'];
type FactField = 'origin' | 'insertion' | 'innervation' | 'action';
const FACT_FIELDS: readonly FactField[] = ['origin', 'insertion', 'innervation', 'action'];

/** Whether a kind of question can be asked about this muscle. */
export const canAsk = (muscle: Muscle, kind: QuizKind): boolean =>
  !NEEDS_MESH.has(kind) || muscle.hasMesh;

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const innervationOf = (m: Muscle) => (m.roots ? `${m.innervation} (${m.roots})` : m.innervation);
const primeActions = (m: Muscle) => m.actions.filter((a) => a.role !== 'assist');
const actionKey = (a: Pick<MuscleAction, 'joint' | 'movement'>) => `${a.joint}:${a.movement}`;
const factText = (m: Muscle, field: FactField): string =>
  field === 'innervation'
    ? innervationOf(m)
    : field === 'action'
      ? primeActions(m)
          .map((a) => actionPhrase(a, 'third'))
          .join('; ')
      : m[field];

/** The fact as a sentence for the feedback: "Teres minor is supplied by the axillary nerve (C5–C6)." */
const factSentence = (m: Muscle, field: FactField, text: string): string => {
  const fact = lower(text);
  switch (field) {
    case 'origin':
      return `${m.name} arises from the ${fact.replace(/^the /, '')}.`;
    case 'insertion':
      return `${m.name} inserts on the ${fact.replace(/^the /, '')}.`;
    case 'innervation':
      return `${m.name} is supplied by the ${fact.replace(/^the /, '')}.`;
    case 'action':
      return `${m.name} ${fact}.`;
  }
};

/**
 * Muscles nearest to `muscle` for distractors: same region first, then the other muscles of its
 * groups, then the rest of the catalog. Nearby muscles make plausible wrong answers.
 */
const neighbours = (index: CatalogIndex, muscle: Muscle, random: () => number): Muscle[] => {
  const all = [...index.muscles.values()].filter((m) => m.id !== muscle.id);
  const sameRegion = shuffle(
    all.filter((m) => m.region === muscle.region),
    random,
  );
  const sameGroup = shuffle(
    all.filter(
      (m) => m.region !== muscle.region && m.groups.some((g) => muscle.groups.includes(g)),
    ),
    random,
  );
  const rest = shuffle(
    all.filter((m) => m.region !== muscle.region && !sameGroup.includes(m)),
    random,
  );
  return [...sameRegion, ...sameGroup, ...rest];
};

/** Distinct option texts with the right one at a random position. */
const withDistractors = (
  right: string,
  candidates: readonly string[],
  random: () => number,
): { choices: string[]; index: number } | null => {
  const seen = new Set([right.toLowerCase()]);
  const wrong: string[] = [];
  for (const text of candidates) {
    if (wrong.length === CHOICES - 1) break;
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    wrong.push(text);
  }
  if (wrong.length < CHOICES - 1) return null;
  const index = Math.floor(random() * CHOICES);
  const choices = [...wrong];
  choices.splice(index, 0, right);
  return { choices, index };
};

const regionName = (index: CatalogIndex, muscle: Muscle) =>
  lower(index.regions.get(muscle.region)?.name ?? muscle.region);
const hintFor = (index: CatalogIndex, muscle: Muscle) =>
  `It is in the ${regionName(index, muscle)}, and its name starts with "${muscle.name.charAt(0)}".`;

function findIt(index: CatalogIndex, muscle: Muscle, random: () => number): QuestionSpec {
  const paired = muscle.parts.left.length > 0 && muscle.parts.right.length > 0;
  const side = paired ? (random() < 0.5 ? 'left' : 'right') : 'both';
  const where = side === 'both' ? '' : ` on the ${side} side of the body`;
  return {
    kind: 'find',
    muscleId: muscle.id,
    prompt: `Click the ${lower(muscle.name)}${where}.`,
    answer: { type: 'click', muscleId: muscle.id, side },
    answerText: side === 'both' ? muscle.name : `${muscle.name} (${side})`,
    explanation: muscle.summary,
    hint: `It is in the ${regionName(index, muscle)}.`,
  };
}

function nameIt(index: CatalogIndex, muscle: Muscle): QuestionSpec {
  return {
    kind: 'name',
    muscleId: muscle.id,
    prompt: 'Name the highlighted muscle.',
    answer: { type: 'text', muscleId: muscle.id },
    answerText: muscle.name,
    explanation: muscle.summary,
    hint: hintFor(index, muscle),
  };
}

function fact(index: CatalogIndex, muscle: Muscle, random: () => number): QuestionSpec | null {
  for (const field of shuffle(FACT_FIELDS, random)) {
    const right = factText(muscle, field);
    if (right === '') continue;
    const options = withDistractors(
      right,
      neighbours(index, muscle, random)
        .map((m) => factText(m, field))
        .filter(Boolean),
      random,
    );
    if (!options) continue;
    const question =
      field === 'action'
        ? `What does the ${lower(muscle.name)} do?`
        : field === 'innervation'
          ? `Which nerve supplies the ${lower(muscle.name)}?`
          : `Where is the ${field} of the ${lower(muscle.name)}?`;
    return {
      kind: 'fact',
      muscleId: muscle.id,
      prompt: question,
      choices: options.choices,
      answer: { type: 'choice', index: options.index },
      answerText: right,
      explanation: factSentence(muscle, field, right),
      // A hint rules one wrong option out.
      hint: `It is not "${options.choices.find((_, i) => i !== options.index) ?? ''}".`,
    };
  }
  return null;
}

function functionOf(
  index: CatalogIndex,
  muscle: Muscle,
  random: () => number,
): QuestionSpec | null {
  for (const action of shuffle(primeActions(muscle), random)) {
    if (action.movement === 'stabilization' || action.movement === 'support') continue;
    const key = actionKey(action);
    // A distractor must not do the movement at all, not even as an assistant.
    const others = neighbours(index, muscle, random).filter(
      (m) => !m.actions.some((a) => actionKey(a) === key),
    );
    const options = withDistractors(
      muscle.name,
      others.map((m) => m.name),
      random,
    );
    if (!options) continue;
    return {
      kind: 'function',
      muscleId: muscle.id,
      prompt: `Which of these muscles ${actionPhrase(action, 'base')}?`,
      choices: options.choices,
      answer: { type: 'choice', index: options.index },
      answerText: muscle.name,
      explanation: `The ${lower(muscle.name)} ${actionPhrase(action, 'third')}. ${muscle.summary}`,
      hint: `It is in the ${regionName(index, muscle)}, and its name starts with "${muscle.name.charAt(0)}".`,
    };
  }
  return null;
}

/** One question of `kind` about `muscle`, or null when the catalog cannot support it. */
export function generateQuestion(
  index: CatalogIndex,
  muscle: Muscle,
  kind: QuizKind,
  random: () => number,
): QuestionSpec | null {
  if (!canAsk(muscle, kind)) return null;
  switch (kind) {
    case 'find':
      return findIt(index, muscle, random);
    case 'name':
      return nameIt(index, muscle);
    case 'fact':
      return fact(index, muscle, random);
    case 'function':
      return functionOf(index, muscle, random);
  }
}

/**
 * Questions for a quiz: targets in order (cycling when there are fewer than `count`), each with
 * its requested kind or the next kind in rotation that the muscle supports. A muscle with no mesh
 * only gets questions that need none.
 */
export function generateQuestions(
  index: CatalogIndex,
  targets: readonly QuestionTarget[],
  options: GenerateOptions,
): QuestionSpec[] {
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : ALL_KINDS;
  const questions: QuestionSpec[] = [];
  const asked = new Set<string>();
  let rotation = Math.floor(options.random() * kinds.length);
  const attempts = targets.length * kinds.length * 2;
  for (let i = 0; questions.length < options.count && i < attempts; i++) {
    const target = targets[i % targets.length];
    const muscle = target ? index.muscles.get(target.muscleId) : undefined;
    if (!muscle) continue;
    const tryKinds = target?.kind
      ? [target.kind, ...kinds]
      : kinds.map((_, k) => kinds[(rotation + k) % kinds.length] as QuizKind);
    for (const kind of tryKinds) {
      const key = `${muscle.id}:${kind}`;
      if (asked.has(key) && i < targets.length * kinds.length) continue;
      const question = generateQuestion(index, muscle, kind, options.random);
      if (!question) continue;
      asked.add(key);
      questions.push(question);
      rotation += 1;
      break;
    }
  }
  return questions;
}
