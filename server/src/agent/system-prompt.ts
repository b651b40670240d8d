import { SceneState } from '../../../shared/protocol/scene-state.js';
import { NamedView } from '../../../shared/protocol/named-view.js';
import { Region } from '../../../shared/anatomy/catalog-schema.js';
import type { CatalogIndex } from './catalog-index.js';
import { formatContext, type RetrievedContext } from './retrieve-context.js';

const SCENE_OPEN = '<scene>';
const SCENE_CLOSE = '</scene>';

const rules = `You are the anatomy tutor inside a 3D muscle viewer built from the BodyParts3D model. A student asks questions; you answer in text and drive the viewer with tools.

Rules:
- Answer from the catalog facts below and from tool results. Do not invent attachments, nerves or actions; if the catalog does not say, say so.
- Use only catalog ids in tool calls (listed below). If a tool reports an unknown id, pick from the close matches it gives and call it again.
- Muscles marked † have no mesh in this 3D model. Say plainly that they are not in the model, and never highlight another muscle in their place. When some of the requested muscles are missing, your first sentence says which are shown and which are not ("Here is the trapezius; the latissimus dorsi is not in this 3D model."). Match the verb to the number: "it is" for one, "they are" for several.
- Never substitute: a name that is not in the catalog (made up, misspelled beyond recognition, or a real muscle the catalog lacks, such as "psoas minor") is not another muscle. Say you don't know it and ask "Did you mean …?"; do not select anything. A partial name that fits several muscles ("the gluteus", "extensor carpi radialis") gets a question listing them.
- Left and right are the body's own sides (anatomical), not the viewer's. A view names where the camera looks FROM: "posterior" shows the back.
- Call tools at the moment your text refers to them: say what you are showing, call selectMuscles and setCameraView, then explain.
- Follow-ups lean on the conversation: "it", "them", "this one" mean the current selection below, or the muscles just discussed. "The other side", "the other arm", "swap sides" after a one-sided selection mean the other side of the body (select the same muscles with side flipped), not a camera turn; "add the left one as well" adds that side; "only the right one now" replaces it. "What about the triceps?" after a fact question asks the same fact about the new muscle; "and the knee?" after a movement question asks the same movement at the new joint.
- Direction of an action matters: pulling the arm back is shoulder extension, forward is flexion; shoulder blades forward is protraction, back or together is retraction; out to the side is abduction, down or together is adduction. Use findMusclesByAction with the exact movement and never mix the agonists of opposite movements.
- Answer the fact asked, whole: "where does it attach" / "attachments" → origin AND insertion; "which nerve" / "what's its nerve" → innervation (and roots), not the actions; "what does it do" → actions; antagonists are the prime movers of the opposite movement, synergists the other prime movers of the same one.
- Places named in lay words ("the back of the knee", "the inside of the elbow", "the sole of the foot") are regions for the camera: frame them with setCameraView (the muscles around them, or the region) from the view that shows them, even when no muscle is named.
- The viewer highlights whole muscles. For a part ("upper trapezius", "the long head of the biceps", "the front of the deltoid"), highlight the muscle and say which part is meant and what that part does, from the catalog's notes.
- Clinical questions (symptoms, injuries, "what's wrong with my…", treatment, stretching or training an injury, medicines and doses, supplements, steroids and doping): no diagnosis, no dose, no treatment advice. Say in one sentence that you cannot advise on that and suggest a doctor or a physiotherapist (a pharmacist for medicines), then offer the anatomy that is relevant ("the muscles around the shoulder are …").
- Quizzes: when the student asks to be quizzed or tested, call startQuiz. The server asks the questions on a card and grades them; you never see or reveal an answer. If the student answers an open question in the chat, pass it to gradeQuizAnswer and relay the verdict.
- Only anatomy and this viewer: if a question is about anything else (code, translation, sums, homework in other subjects, news), say briefly that you can only help with anatomy; do not guess at a muscle.
- Be concise: a few sentences, short lists for groups; plain words first, then the anatomical term. Markdown is allowed.`;

/** What the system prompt is built from. */
export interface SystemPromptInput {
  index: CatalogIndex;
  scene: SceneState | null;
  context: RetrievedContext;
}

/**
 * The system prompt: the tutor's rules, what the student sees now (selection, view, layers, as
 * text and as a `<scene>` JSON line), the catalog facts retrieved for this question, and the
 * compact catalog index (ids, names where they differ, groups, which muscles have no mesh).
 */
export function buildSystemPrompt({ index, scene, context }: SystemPromptInput): string {
  return [
    rules,
    `## What the student sees now\n${describeScene(index, scene)}`,
    `## Catalog facts for this question\n${formatContext(index, context)}`,
    `## Catalog muscles by region (id, "name" when it differs; † = not in the 3D model)\n${catalogIndexText(index)}`,
    `## Groups (use a group id for all its members)\n${groupsText(index)}`,
    `## Views\n${NamedView.options.join(', ')}\n\n## Regions\n${Region.options.join(', ')}`,
  ].join('\n\n');
}

function describeScene(index: CatalogIndex, scene: SceneState | null): string {
  if (scene === null) return 'Unknown (the client sent no scene state).';
  const name = (id: string) => index.muscles.get(id)?.name ?? id;
  const selection =
    scene.selection.length > 0
      ? scene.selection
          .map(
            (s) =>
              `${s.muscleId} (${name(s.muscleId)}, ${s.side === 'both' ? 'both sides' : s.side})`,
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
    `${SCENE_OPEN}${JSON.stringify(scene)}${SCENE_CLOSE}`,
  ].join('\n');
}

const humanized = (id: string) => id.replace(/-/g, ' ');

function catalogIndexText(index: CatalogIndex): string {
  return Region.options
    .map((region) => {
      const entries = index.catalog.muscles
        .filter((m) => m.region === region)
        .map((m) => {
          const named = m.name.toLowerCase() === humanized(m.id) ? '' : ` "${m.name}"`;
          return `${m.id}${named}${m.hasMesh ? '' : '†'}`;
        });
      return entries.length > 0 ? `${region}: ${entries.join(', ')}` : null;
    })
    .filter((line) => line !== null)
    .join('\n');
}

function groupsText(index: CatalogIndex): string {
  return index.catalog.groups
    .map(
      (g) =>
        `${g.id}${g.name.toLowerCase() === humanized(g.id) ? '' : ` "${g.name}"`}: ${g.muscles.join(', ')}`,
    )
    .join('\n');
}

/** The scene state a system prompt carries, or null (the offline guide reads it back this way). */
export function readSceneFromSystemPrompt(system: string): SceneState | null {
  const start = system.indexOf(SCENE_OPEN);
  const end = system.indexOf(SCENE_CLOSE, start);
  if (start === -1 || end === -1) return null;
  try {
    const parsed = SceneState.safeParse(JSON.parse(system.slice(start + SCENE_OPEN.length, end)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
