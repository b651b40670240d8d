import { QuizQuestionPayload } from '#shared/protocol/quiz-question';
import { SceneState } from '#shared/protocol/scene-state';
import type { CatalogIndex } from '../language/catalog-index.js';
import { formatContext, type RetrievedContext } from '../language/retrieve-context.js';

const SCENE_OPEN = '<scene>';
const SCENE_CLOSE = '</scene>';
const QUIZ_OPEN = '<quiz>';
const QUIZ_CLOSE = '</quiz>';

const rules = `You are the anatomy tutor inside a 3D muscle viewer. A student asks questions; you answer in text and drive the viewer with tools.

Rules:
- Answer from the catalog facts given with the message and tool results; never invent facts.
- Tools take catalog ids: the facts give them in [brackets]; for others call lookupMuscles.
- Muscles NOT IN THE 3D MODEL: say so in the first sentence ("Here is X; Y is not in this 3D model"); never highlight another instead.
- Never substitute: for an unknown name ask "Did you mean …?" and select nothing; a partial name fitting several muscles gets a question listing them.
- Left/right are the body's own sides. A view is where the camera looks FROM.
- Call tools as your text refers to them, then explain.
- Follow-ups: "it", "them" = the current selection or the muscles just discussed. "The other side/arm/leg" means the same muscles on the other side of the body, not a camera turn; "what about X?" repeats the last question for X.
- Direction matters (arm back = extension, shoulder blades forward = protraction); never mix agonists of opposite movements.
- Answer the fact asked: attachments = origin AND insertion; nerve = innervation only; "what does it do" = actions.
- A part ("upper trapezius"): select it with partIds ("trapezius/descending"), say what it does.
- Clinical questions (symptoms, injuries, treatment, medicines, doping): no diagnosis, dose or advice; say so in one sentence, suggest a doctor or physiotherapist, then offer the relevant anatomy.
- Quizzes: startQuiz; the server asks and grades, never reveal answers; a quiz answer typed in chat goes to gradeQuizAnswer.
- Anything but anatomy (code, translation, other subjects): say briefly you only help with anatomy; never guess a muscle.
- Be concise: a few sentences; plain words first, then the anatomical term. Markdown is allowed.`;

// The views and regions are not listed: the tools' schemas enumerate them.
const staticPrompt = rules;

/**
 * The system prompt: the tutor's rules. It is the same for every request (no scene, no retrieved
 * facts, no per-question text), so with the tools it forms a prefix that OpenAI, Anthropic and llama.cpp reuse from their prompt caches; what changes goes
 * with the latest message (`buildTurnContext`). Muscle ids are not listed: the facts retrieved for
 * each message give the ids in question, and lookupMuscles finds any other.
 */
export function buildSystemPrompt(): string {
  return staticPrompt;
}

/** What the latest message's context is built from. */
export interface TurnContextInput {
  index: CatalogIndex;
  scene: SceneState | null;
  /** The thread's open quiz question (no answer in it), if any. */
  quiz?: QuizQuestionPayload | null;
  context: RetrievedContext;
  /** Add the scene (and quiz) as JSON lines (the offline guide reads them back). @default false */
  sceneJson?: boolean;
}

/**
 * What changes from one request to the next: what the student sees now (selection, view, layers)
 * and the catalog facts retrieved for this message. It goes last in the prompt, with the latest
 * message, so that everything before it stays cached.
 */
export function buildTurnContext({
  index,
  scene,
  quiz = null,
  context,
  sceneJson = false,
}: TurnContextInput): string {
  return [
    `## What the student sees now\n${describeScene(index, scene, sceneJson)}`,
    ...(quiz ? [`## Open quiz question\n${describeQuiz(quiz, sceneJson)}`] : []),
    `## Catalog facts for this message\n${formatContext(index, context)}`,
  ].join('\n\n');
}

function describeQuiz(quiz: QuizQuestionPayload, json: boolean): string {
  const how =
    quiz.answerBy === 'click'
      ? 'answered by clicking the muscle in the 3D view'
      : quiz.answerBy === 'text'
        ? 'answered by typing the name'
        : `answered by choosing: ${(quiz.choices ?? []).map((c, i) => `${i + 1}. ${c}`).join('; ')}`;
  return [
    `Question ${quiz.number} of ${quiz.total} on ${quiz.topic}: “${quiz.prompt}”, ${how}. If the message answers it, or says skip, hint or stop the quiz, call gradeQuizAnswer with the message as typed; anything else, answer as usual without giving the answer away.`,
    ...(json ? [`${QUIZ_OPEN}${JSON.stringify(quiz)}${QUIZ_CLOSE}`] : []),
  ].join('\n');
}

function describeScene(index: CatalogIndex, scene: SceneState | null, sceneJson: boolean): string {
  if (scene === null) return 'Unknown (the client sent no scene state).';
  const name = (id: string) => index.muscles.get(id)?.name ?? id;
  const selection =
    scene.selection.length > 0
      ? scene.selection
          .map(
            (s) =>
              `${s.muscleId} (${name(s.muscleId)}, ${s.side === 'both' ? 'both sides' : s.side}${s.parts ? `, only ${s.parts.map((p) => `${s.muscleId}/${p}`).join(', ')}` : ''})`,
          )
          .join('; ')
      : 'nothing';
  const layers = (['muscles', 'bones', 'other'] as const)
    .map((layer) => `${layer} ${scene.layers[layer] ? 'shown' : 'hidden'}`)
    .join(', ');
  return [
    `Selected: ${selection}.`,
    `View: ${scene.view ?? 'free (the student has orbited the camera)'}.`,
    `Layers: ${layers}. X-ray ${scene.xray ? 'on' : 'off'}.`,
    `Isolated: ${scene.isolated.length > 0 ? scene.isolated.join(', ') : 'none (everything shown)'}.`,
    ...(sceneJson ? [`${SCENE_OPEN}${JSON.stringify(scene)}${SCENE_CLOSE}`] : []),
  ].join('\n');
}

/** The JSON between two markers of a system prompt, parsed by `schema`, or null. */
function readJsonBetween<T>(
  system: string,
  open: string,
  close: string,
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } },
): T | null {
  const start = system.indexOf(open);
  const end = system.indexOf(close, start);
  if (start === -1 || end === -1) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(system.slice(start + open.length, end)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The scene state a system prompt carries, or null (the offline guide reads it back this way). */
export const readSceneFromSystemPrompt = (system: string): SceneState | null =>
  readJsonBetween(system, SCENE_OPEN, SCENE_CLOSE, SceneState);

/** The open quiz question a system prompt carries, or null (for the offline guide). */
export const readQuizFromSystemPrompt = (system: string): QuizQuestionPayload | null =>
  readJsonBetween(system, QUIZ_OPEN, QUIZ_CLOSE, QuizQuestionPayload);
