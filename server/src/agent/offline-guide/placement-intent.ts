import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { CatalogIndex } from '../../language/catalog-index.js';
import {
  buildPlacements,
  musclesPlaced,
  PLACEMENT_WORDS,
  type Placement,
  type PlacedBeside,
} from '../../language/placed-beside.js';
import { findReferents } from '../../language/referents.js';
import { ARTICLES } from '../../language/stopwords.js';
import { bestViewFor, viewPhrase } from './best-view.js';
import { capitalize, inSentence, joinList } from './compose.js';
import { siblingsOf } from './neighbour-follow-up.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

/** "Over" is left out: "over my shoulder", "turn it over" place nothing. */
const ASKED = new Set(['above', 'below', 'beside', 'alongside', 'next']);
const POINTING = new Set(['it', 'that', 'this', 'them', 'one']);
const PHRASE: Record<Placement, string> = { above: 'above', below: 'below', beside: 'next to' };

const cache = new WeakMap<CatalogIndex, PlacedBeside[]>();
const placementsOf = (index: CatalogIndex): PlacedBeside[] => {
  let found = cache.get(index);
  if (found === undefined) {
    found = buildPlacements(index.catalog, index.lexicon);
    cache.set(index, found);
  }
  return found;
};

/** The placement asked and the muscle it is asked of, or null when the message asks no such thing. */
function readQuestion(context: PlanContext): { placement: Placement; subject: Muscle } | null {
  const { index, request, input } = context;
  const { tokens, mentions } = request;
  if (request.action.pairs.length > 0 || request.activity !== null) return null;
  const at = tokens.findIndex((t, i) => ASKED.has(t) && (t !== 'next' || tokens[i + 1] === 'to'));
  if (at === -1) return null;
  const placement = PLACEMENT_WORDS[tokens[at] ?? ''];
  if (placement === undefined) return null;
  // "Show the biceps above the elbow" names its subject first.
  if (mentions.some((m) => m.end <= at)) return null;
  let next = tokens[at] === 'next' ? at + 2 : at + 1;
  while (ARTICLES.has(tokens[next] ?? '')) next += 1;
  const named = mentions.find((m) => m.start === next);
  if (named !== undefined) {
    const id = named.kind === 'muscle' && named.ids.length === 1 ? named.ids[0] : undefined;
    return id === undefined ? null : { placement, subject: index.muscle(id) };
  }
  if (next < tokens.length && !POINTING.has(tokens[next] ?? '')) return null;
  const referents = findReferents(index, input.scene, input.history);
  const subject = referents?.muscles.length === 1 ? referents.muscles[0] : undefined;
  return subject === undefined ? null : { placement, subject };
}

/**
 * "The one below", "what's above the rhomboid major", "the muscle next to it": the muscles the
 * catalog's descriptions place there, lit. The catalog records no positions otherwise, so when its
 * descriptions say nothing the answer says so plainly, with the neighbours it does record: the
 * muscles of similar name, the region's muscles and the layers.
 */
export const placementIntent: GuideIntent = {
  name: 'placement',
  matches: (context) => readQuestion(context) !== null,
  answer(context) {
    const asked = readQuestion(context);
    if (asked === null) return;
    const { index, plan, request } = context;
    const { placement, subject } = asked;
    const name = `the ${inSentence(subject.name)}`;
    const placed = musclesPlaced(placementsOf(index), subject.id, placement).map((id) =>
      index.muscle(id),
    );
    if (placed.length > 0) {
      const names = joinList(placed.map((m) => `the ${inSentence(m.name)}`));
      const drawable = placed.filter((m) => m.hasMesh);
      const side = request.side ?? 'both';
      const view = bestViewFor(drawable.length > 0 ? drawable : [subject], side);
      plan.say(`The catalog's descriptions place ${names} ${PHRASE[placement]} ${name}.`);
      if (drawable.length === 0) {
        plan.paragraph(
          `${capitalize(names)} ${placed.length === 1 ? 'is' : 'are'} not in this 3D model.`,
        );
        return;
      }
      const ids = drawable.map((m) => m.id);
      plan.act(
        { toolName: 'selectMuscles', input: { muscleIds: ids, side, mode: 'replace' } },
        { toolName: 'setCameraView', input: { view, muscleIds: ids, side } },
      );
      plan.paragraph(
        `${drawable.length === 1 ? 'It is' : 'They are'} highlighted, seen ${viewPhrase(view)}.`,
      );
      return;
    }
    plan.say(
      `The catalog doesn't say which muscle lies ${PHRASE[placement]} ${name}: it records attachments, actions, nerves and layers, not where muscles sit beside each other.`,
    );
    plan.paragraph(recordedNeighbours(index, subject));
  },
};

/** What the catalog does record around a muscle: names like it, its region, its layers. */
export function recordedNeighbours(index: CatalogIndex, subject: Muscle): string {
  const names = (muscles: readonly Muscle[]) =>
    joinList(muscles.map((m) => `the ${inSentence(m.name)}`));
  const lines: string[] = [];
  const siblings = siblingsOf(index, subject);
  if (siblings.length > 0)
    lines.push(`Its namesake${siblings.length === 1 ? ' is' : 's are'} ${names(siblings)}.`);
  const region = index.catalog.muscles.filter(
    (m) => m.region === subject.region && m.id !== subject.id && !siblings.includes(m),
  );
  if (region.length > 0 && region.length <= 8)
    lines.push(
      `In the ${inSentence(index.region(subject.region).name)} the catalog also lists ${names(region)}.`,
    );
  const under = (index.underneath.get(subject.id) ?? []).map((id) => index.muscle(id));
  if (under.length > 0)
    lines.push(`Under it ${under.length === 1 ? 'lies' : 'lie'} ${names(under)}.`);
  const over = [...index.underneath.entries()]
    .filter(([, ids]) => ids.includes(subject.id))
    .map(([id]) => index.muscle(id));
  if (over.length > 0) lines.push(`It lies under ${names(over)}.`);
  lines.push('Name one and I will show it.');
  return lines.join(' ');
}
