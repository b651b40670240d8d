import type { SceneLayer } from '#shared/protocol/set-layer-visibility';
import { bringBackAt } from './bring-back.js';
import { highlightColors } from './highlight-colors.js';
import {
  anyPattern,
  findPatterns,
  findTagged,
  hasPattern,
  type PhrasePattern,
  type Span,
} from './phrase-pattern.js';

/** A fact the catalog holds about a muscle, as a question asks for it. */
export type FactKind =
  | 'origin'
  | 'insertion'
  | 'innervation'
  | 'roots'
  | 'blood'
  | 'action'
  | 'location'
  | 'summary'
  | 'members'
  | 'layer'
  | 'antagonists'
  | 'synergists';

/** What a message asks for, apart from the names, sides, views and movements in it. */
export interface IntentFlags {
  greeting: boolean;
  help: boolean;
  thanks: boolean;
  reset: boolean;
  clear: boolean;
  showAll: boolean;
  tour: boolean;
  isolate: boolean;
  hide: boolean;
  unhide: boolean;
  /** "Also show…", "add…": add to the selection instead of replacing it. */
  add: boolean;
  /** "Deselect the biceps", "remove it from the selection". */
  remove: boolean;
  /** Show, highlight, select, where is…: an explicit request to see something. */
  show: boolean;
  xray: boolean | null;
  layers: { layer: SceneLayer; visible: boolean }[];
  facts: FactKind[];
  /** "How many…" */
  count: boolean;
  /** "Tell me everything about the soleus", "all the facts", "a full rundown": every fact. */
  everything: boolean;
  /** "Stronger than", "the biggest": sizes and strength the catalog does not record. */
  compare: boolean;
  question: boolean;
  /** "It", "them", "this one": the student refers to something already on screen or said. */
  pronoun: boolean;
  /** A highlight colour the student named, as #rrggbb. */
  color: string | null;
}

const any = anyPattern;

const greeting = any(
  'hi|hello|hey|hiya|yo|howdy|greetings|morning|evening|afternoon',
  'good morning|afternoon|evening',
);
const help = any(
  'help',
  'what can|do you do|know|help',
  'what can i ask|do|say',
  'how do|does i|this|it use|work',
  'who|what are you',
  'what is this',
  'how to use',
);
const thanks = any(
  'thanks|thank|thx|ty|cheers|great|awesome|perfect|cool|nice|ok|okay|brilliant|excellent|got',
);
const reset = any(
  'reset',
  'start over|again|afresh',
  'default|home|initial|original view|position|state',
  'back to ?the start|beginning|default|normal',
  'restore ?the view|scene|model',
);
const clear = any(
  'clear ?the|my|all ?selection|selections|highlight|highlights|highlighting|everything|it|them',
  'deselect|unselect|unhighlight ?all|everything',
  'un select|highlight',
  'remove|turn off ?the|all highlight|highlights|highlighting|selection|colors|colours',
  'select nothing',
  'nothing selected',
  'no selection',
);
/** "All the muscles that attach to the scapula" picks some muscles; it does not show them all. */
const QUALIFIED = new Set([
  'that',
  'which',
  'attached',
  'attaching',
  'of',
  'in',
  'on',
  'around',
  'for',
]);
const everything = any(
  'everything|all about',
  'all ?the facts|info|information|details',
  'full|complete rundown|profile|details|picture|info|information|facts',
);
const showAll = any(
  'show|display ?me all|everything ?again',
  'bring back all|everything',
  'show|display ?me all ?the muscles ?again',
  'show ?me ?the rest',
  'unhide|unisolate ?all|everything',
  'un hide|isolate',
  'bring everything|all back',
  'bring back',
  'stop isolating',
  'undo ?the isolate|isolation|hiding',
  'show all',
);
const tour = any(
  'tour|tours',
  'walk|take|guide ?me through|around',
  'guided|step by step',
  'show me around',
);
const isolate = any(
  'isolate|isolated|isolating',
  'only|just show|display',
  'show|display ?me only',
  'on its|their own',
  'by itself|themselves',
  'alone',
  'solo',
  'nothing else',
  'hide|remove everything|all ?else|other|others except|but',
  // "Hide all the muscles except the biceps".
  'hide|remove all ?the ?other muscles|muscle except|but',
  // "Hide everything else": "else" points at what is not selected, so the selection stays.
  'hide|remove|clear|fade everything|all else',
  'get rid of everything|all else',
  'take away everything|all else',
  'hide|remove the|all other|others|rest',
);
const hide = any(
  'hide|hides|hidden|hiding',
  'get rid of',
  'take away|off|out',
  // "Take the biceps femoris away": the object between the verb and its particle.
  'take * away|off|out',
  'take * * away|off|out',
  'take * * * away|off|out',
  'make ?it|them invisible|disappear',
  'turn off',
  'remove|removes',
  'dont show',
  'do not show',
  'without',
  'no',
);
const unhide = any(
  'unhide',
  'un hide',
  'show ?it|them again',
  'make ?it|them visible',
  'bring back',
  'put back',
  'bring|put it|them back',
);
const add = any('also|add|adding|plus|too|additionally', 'as well', 'and also', 'along with');
const remove = any(
  'deselect|unselect|unhighlight',
  'un select|highlight',
  'remove * from ?the ?my selection',
  'remove * * from ?the ?my selection',
  'remove * * * from ?the ?my selection',
  'drop',
);
const show = any(
  'show|shows|showing|highlight|highlighted|select|display|locate|find|mark|see|view|pick',
  'point out|to',
  'light up',
  'bring|pull up',
  'look at',
  'where|wheres',
  'colour|color|paint',
  'give me',
);
const xrayOn = any(
  'x ray|rays|rayed',
  'xray|xrays|xrayed',
  'see through',
  'seethrough|transparent|translucent|ghost|ghosted|transparency',
);
const xrayOff = any(
  'off|disable|stop|no|without|exit|leave|end|solid|opaque|normal|undo',
  'turn off',
);
const facts: { pattern: PhrasePattern; tag: FactKind }[] = [
  ...any(
    'origin|origins|originate|originates|arise|arises|arising|begin|begins|start|starts',
    'come|comes from',
    'proximal attachment|attachments',
  ).map((pattern) => ({ pattern, tag: 'origin' as const })),
  ...any(
    'insert|inserts|insertion|insertions|ends|terminate|terminates|finish|finishes|finishing',
    // "Where does it start and end", "where does it end up".
    'and end|stop|stops',
    'end|ending|stop|stops up|at|on|in',
    'distal attachment|attachments',
    'attach|attaches|attached to',
    'go|goes to',
  ).map((pattern) => ({ pattern, tag: 'insertion' as const })),
  ...any('attach|attaches|attachment|attachments|attached').map((pattern) => ({
    pattern,
    tag: 'origin' as const,
  })),
  ...any(
    'nerve|nerves|innervate|innervates|innervated|innervation|innervating',
    'supplied|served by',
    'supply|supplies|supplying|serves',
  ).map((pattern) => ({ pattern, tag: 'innervation' as const })),
  ...any(
    'root|roots|myotome|myotomes',
    'spinal level|levels|segment|segments',
    'nerve root|roots',
    'cord level|levels',
  ).map((pattern) => ({ pattern, tag: 'roots' as const })),
  ...any(
    'antagonist|antagonists|antagonistic|opposes|counteracts|counteract',
    'work|works|act|acts|pull|pulls against',
    'opposite muscle|muscles|number',
    'opposite|opposing of|to',
  ).map((pattern) => ({ pattern, tag: 'antagonists' as const })),
  ...any(
    'synergist|synergists|synergistic|agonist|agonists|helper|helpers|partner|partners',
    'work|works|act|acts ?together with|alongside',
    'what|which ?muscle|muscles help|helps|assist|assists',
  ).map((pattern) => ({ pattern, tag: 'synergists' as const })),
  ...any(
    'blood|artery|arteries|arterial|vascular|vascularized|vascularised|perfuse|perfuses|feed|feeds|feeding',
  ).map((pattern) => ({ pattern, tag: 'blood' as const })),
  ...any(
    'function|functions|action|actions|job|jobs|role|purpose|movement|movements',
    'used|good|for what',
    'what|how * do|does|work|works',
    'what|how * * do|does|work|works',
    'what * * * do|does',
    'what is it|they for',
    'what does it|this|that|they move',
    // "What happens when one side contracts": what the muscle does.
    'contract|contracts|contracting|contraction|contracted',
  ).map((pattern) => ({ pattern, tag: 'action' as const })),
  ...any(
    'where|wheres * located|situated|found',
    'location|located|situated|lie|lies',
    'where is|are|does|do',
    'wheres',
  ).map((pattern) => ({ pattern, tag: 'location' as const })),
  ...any(
    'deep|deeper|deepest|superficial|superficially|layer|layers|depth|underneath|beneath|covered|covers|overlying',
    'on top',
    'most superficial',
  ).map((pattern) => ({ pattern, tag: 'layer' as const })),
  ...any(
    'tell|teach me ?more about',
    'describe|explain|info|information|overview|summary|summarise|summarize',
    'what is|are|s',
    'whats',
    'what about',
    'about the',
  ).map((pattern) => ({ pattern, tag: 'summary' as const })),
  ...any(
    'what|which muscles are|make in|up|form',
    'members|consist|consists|comprise|comprises|composed|made',
    'what is|are in',
    'list ?the ?muscles',
    'name ?the ?muscles',
    'which are',
  ).map((pattern) => ({ pattern, tag: 'members' as const })),
];
const workAgainst = any('work|works|working|act|acts|pull|pulls against');
const workWith = any('work|works|working|act|acts ?together with|alongside');
const count = any('how many', 'number of');
const compare = any(
  'stronger|strongest|bigger|biggest|larger|largest|weaker|weakest|smaller|smallest|longer|longest|shorter|shortest|heavier|heaviest|thicker|thickest',
  'more|most|less|least powerful|important|used',
);
const questionStart = new Set([
  'what',
  'whats',
  'which',
  'where',
  'wheres',
  'who',
  'how',
  'why',
  'when',
  'does',
  'do',
  'is',
  'are',
  'can',
  'could',
  'would',
  'should',
  'will',
]);
const pronoun = any(
  'it|its|them|they|this|that|these|those|him|her|itself|themselves',
  'which one|ones',
  'this|that one|ones|muscle|muscles',
  'the same',
  'the|my selected|selection|highlighted',
  'selected one|ones|muscle|muscles',
);
const layerTargets: { pattern: PhrasePattern; tag: SceneLayer }[] = [
  ...any('bones|bone|skeleton|skeletal|skeletons', 'the skeleton').map((pattern) => ({
    pattern,
    tag: 'bones' as const,
  })),
  ...any('all ?the muscles|muscle', 'muscle layer', 'muscles layer').map((pattern) => ({
    pattern,
    tag: 'muscles' as const,
  })),
  ...any(
    'other structures|layer|stuff|parts',
    'tendons|tendon|ligaments|ligament|cartilage|cartilages|organs',
  ).map((pattern) => ({ pattern, tag: 'other' as const })),
];
const SWITCH_VERBS = new Set(['turn', 'switch', 'flip', 'put']);
const showLayer = any(
  'show|display|add|with|include|unhide|visible|see',
  'turn on',
  'bring|put back',
);

// Compiled once: compiling a pattern per message would cost more than matching it.
const actionWords = any(
  'function|functions|action|actions|job|jobs|role|purpose|movement|movements|move|moves',
);
const nerveWords = any('nerve|nerves|innervate|innervates|innervated|innervation');
const thankWords = any('thanks|thank|thx|cheers');

/** Words after "no" that make it a correction: "no wait", "no sorry", "no I meant". */
export const CORRECTING: ReadonlySet<string> = new Set(['wait', 'sorry', 'actually', 'i', 'make']);

/**
 * Reads what a message asks to do: facts, showing, hiding, isolating, layers, x-ray, tours,
 * clearing and resetting, greetings. Names, sides, views and movements are read elsewhere.
 */
export function detectIntent(tokens: readonly string[], raw: string): IntentFlags {
  const has = (patterns: readonly PhrasePattern[]) => hasPattern(tokens, patterns);
  const wantsXray = has(xrayOn);
  const layerHits = findTagged(tokens, layerTargets);
  // A leading "no" answers the last turn ("no, I meant the triceps"): it hides nothing.
  // So does "no wait", "no sorry" mid-message: the student corrects what they just named.
  const hideSpans = findPatterns(tokens, hide).filter(
    (span) =>
      !(
        tokens[span.start] === 'no' &&
        (span.start === 0 || CORRECTING.has(tokens[span.end] ?? ''))
      ),
  );
  const showSpans = findPatterns(tokens, showLayer);
  const layers: IntentFlags['layers'] = [];
  // "Hide the bones", "show the skeleton": a layer is the object of the nearest verb before it,
  // and that verb is used up ("hide the bones and show the glutes" hides no muscle).
  const usedVerbs: Span[] = [];
  for (const hit of layerHits) {
    const verb = [...hideSpans, ...showSpans]
      .filter((span) => span.end <= hit.start && hit.start - span.end <= 3)
      .sort((a, b) => b.end - a.end)[0];
    if (layers.some((l) => l.layer === hit.tag)) continue;
    // "Hide all the muscles except the biceps" isolates the biceps; the layer stays.
    if (['except', 'but'].includes(tokens[hit.end] ?? '')) continue;
    // "Only the bones", "just the skeleton": that layer alone.
    const alone = tokens
      .slice(Math.max(0, hit.start - 2), hit.start)
      .some((t) => t === 'only' || t === 'just');
    if (alone && (verb === undefined || !hideSpans.includes(verb))) {
      if (verb) usedVerbs.push(verb);
      layers.push({ layer: hit.tag, visible: true });
      for (const other of ['bones', 'muscles', 'other'] as const)
        if (other !== hit.tag) layers.push({ layer: other, visible: false });
      continue;
    }
    // "Turn the bones off", "switch the skeleton back on": the switch word after the layer.
    const after = tokens[hit.end] === 'back' ? tokens[hit.end + 1] : tokens[hit.end];
    const switched =
      (after === 'off' || after === 'on') &&
      tokens.slice(Math.max(0, hit.start - 3), hit.start).some((t) => SWITCH_VERBS.has(t));
    if (verb === undefined) {
      if (switched) layers.push({ layer: hit.tag, visible: after === 'on' });
      continue;
    }
    usedVerbs.push(verb);
    layers.push({ layer: hit.tag, visible: !hideSpans.includes(verb) });
  }
  const unused = (span: Span) => !usedVerbs.some((v) => v.start === span.start);
  // "Turn the deltoid off", "switch the biceps back on": a switch verb, its object, then the
  // switch word (a layer's or the x-ray's is theirs, read above and below).
  const switchedTo = (word: 'off' | 'on') =>
    !wantsXray &&
    tokens.some(
      (t, i) =>
        t === word &&
        tokens.slice(Math.max(0, i - 5), i - 1).some((w) => SWITCH_VERBS.has(w)) &&
        !layerHits.some((h) => h.end === i || (h.end + 1 === i && tokens[h.end] === 'back')),
    );
  const hides = hideSpans.some(unused) || switchedTo('off');
  const shows = findPatterns(tokens, show).some(unused);
  const factKinds: FactKind[] = [];
  // "From underneath" is where the camera looks from, not a question about layers.
  const factTokens = tokens.map((t, i) =>
    (t === 'underneath' || t === 'beneath') && tokens[i - 1] === 'from' ? '' : t,
  );
  for (const { tag } of findTagged(factTokens, facts)) {
    if (!factKinds.includes(tag)) factKinds.push(tag);
  }
  // "What muscles work against it", "…work with it": "what muscles work" reads as the actions
  // first; "against" still asks for the antagonists, "with" for the synergists.
  if (hasPattern(tokens, workAgainst) && !factKinds.includes('antagonists'))
    factKinds.push('antagonists');
  if (hasPattern(tokens, workWith) && !factKinds.includes('synergists'))
    factKinds.push('synergists');
  // "What does the latissimus dorsi do?", "what is it for?"
  const first = tokens[0] ?? '';
  const last = tokens.at(-1) ?? '';
  const asksWhatFor =
    ['what', 'whats', 'how'].includes(first) &&
    ['do', 'does', 'for', 'work', 'works'].includes(last);
  if (asksWhatFor && !factKinds.includes('action')) factKinds.push('action');
  // "Where does it attach", "attachments", typos included: both ends.
  if (tokens.some((t) => /^at+a?c?h/.test(t) && t !== 'attack')) {
    for (const kind of ['origin', 'insertion'] as const)
      if (!factKinds.includes(kind)) factKinds.push(kind);
  }
  // "What nerve does it use": a wider phrase may have taken the word; the nerve is still asked.
  if (
    tokens.some((t) => /^(nerve|nerves|innervat)/.test(t)) &&
    !factKinds.includes('innervation') &&
    !factKinds.includes('roots')
  )
    factKinds.push('innervation');
  // "What nerve does it use": the nerve, not also what it does.
  // "What does it do and what nerve": "do" asks for the actions; "what nerve does it use" does not.
  const askedDo = tokens.some(
    (t, i) =>
      t === 'do' &&
      !['the', 'they', 'it', 'these', 'those', 'i', 'you', 'we'].includes(tokens[i + 1] ?? ''),
  );
  const explicitAction = askedDo || hasPattern(tokens, actionWords);
  if (
    !explicitAction &&
    factKinds.some(
      (k) =>
        k === 'innervation' ||
        k === 'roots' ||
        k === 'blood' ||
        k === 'antagonists' ||
        k === 'synergists',
    )
  ) {
    const at = factKinds.indexOf('action');
    if (at !== -1) factKinds.splice(at, 1);
  }
  if (factKinds.includes('blood')) {
    // "Blood supply" is about arteries, not nerves.
    const index = factKinds.indexOf('innervation');
    if (index !== -1 && !hasPattern(tokens, nerveWords)) {
      factKinds.splice(index, 1);
    }
  }
  const color = tokens.map((t) => highlightColors[t]).find((c) => c !== undefined) ?? null;
  const onlyWords = (patterns: readonly PhrasePattern[]) =>
    tokens.length > 0 &&
    tokens.length <= 4 &&
    has(patterns) &&
    !tokens.some((t) => t === 'muscle' || t === 'muscles');

  return {
    greeting: onlyWords(greeting),
    help: has(help) && tokens.length <= 8,
    thanks: onlyWords(thanks) || (has(thankWords) && tokens.length <= 6),
    reset: has(reset),
    clear: has(clear),
    showAll: findPatterns(tokens, showAll).some((span) => !QUALIFIED.has(tokens[span.end] ?? '')),
    tour: has(tour),
    isolate: has(isolate),
    hide: hides,
    unhide: has(unhide) || switchedTo('on') || bringBackAt(tokens) !== null,
    add: has(add) || tokens[0] === 'and',
    remove: has(remove),
    show: shows,
    xray: wantsXray ? !has(xrayOff) : null,
    layers,
    facts: factKinds,
    count: has(count),
    everything: has(everything),
    compare: has(compare),
    question: raw.trim().endsWith('?') || questionStart.has(tokens[0] ?? ''),
    pronoun: has(pronoun),
    color,
  };
}
