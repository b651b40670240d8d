import { anyPattern, hasPattern } from '../../language/phrase-pattern.js';

/** What a clinical question asks for, which decides the sentence that declines it. */
export type ClinicalKind = 'medicine' | 'care' | 'training';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));
const any = anyPattern;

/** Medicines, supplements and doping: never a dose, never a recommendation. */
const medicine = words(`ibuprofen paracetamol acetaminophen aspirin naproxen diclofenac codeine
  tramadol opioid opioids painkiller painkillers medication medications medicine medicines meds
  drug drugs pill pills tablet tablets dose doses dosage dosing mg milligram milligrams overdose
  steroid steroids anabolic anabolics sarm sarms testosterone trt hgh doping peds clenbuterol
  creatine supplement supplements supplementation magnesium preworkout relaxant relaxants
  inflammatory inflammatories cortisone injection injections protein bcaa bcaas
  collagen vitamin vitamins`);

/** Training plans and gains: a coach's or a physiotherapist's job, not the catalog's. */
const training = words(`reps rep sets workout workouts routine program programme regimen gains
  bulk bulking hypertrophy`);

/** Working or stretching a muscle: answered with its movements, never with a plan. */
const workOrStretch = words(`strengthen strengthens strengthening stretch stretches stretching tone
  toning`);

/** Symptoms and injuries as students describe them. */
const symptoms = words(`pain pains painful hurt hurts hurting ache aches aching achy sore soreness
  painfully tender click clicks clicking clunk clunks grinding crunching pops popping popped swell
  swells swelling swollen bruise bruised bruising numb numbness tingling tingles cramp cramps cramping
  spasm spasms twinge stiffness weakness injury injuries injured injure tear tore torn rupture
  ruptured strain strained sprain sprained pulled impingement tendinitis tendonitis tendinopathy
  bursitis sciatica arthritis hernia dislocated dislocation fracture fractured broken acl mcl
  meniscus fasciitis splints damaged damage trapped pinched tight tightness doms knot knots
  carpal whiplash scoliosis kills killing throbbing throbs stabbing shooting burning stiff
  stiffer crick cricked creak creaks creaking crack cracks cracking snapping twitch twitches
  twitching tingly buckle buckles buckling unstable instability wobbly`);

/** Symptoms said in a phrase: "my knee gives way", "it keeps locking". */
const symptomPhrases = any(
  'give|gives|giving|gave way|out',
  'keeps|kept locking|clicking|popping',
  'locks|locked|locking up',
);

/** Diagnosis and treatment, asked for outright. */
const treatment = words(`diagnose diagnosis diagnosed symptom symptoms treat treatment treating
  cure heal heals healing recover recovery rehab rehabilitation surgery operation physio`);

/** Conditions named outright: the answer is a referral and the anatomy around them. */
const conditions = words(`carpal whiplash scoliosis sciatica tendinitis tendonitis tendinopathy
  bursitis arthritis hernia fasciitis impingement splints doms fibromyalgia`);

/** Asking what to do, or whether something is safe. */
const advice = any(
  'should i|we stretch|ice|heat|rest|train|exercise|massage|see|go|take|worry|keep|stop',
  'is it|this|that safe|ok|okay|bad|dangerous|normal|serious',
  'what should i do',
  'how can|do i fix|stop|get rid',
  'will fix|cure',
  'best stretch|stretches|stretching|exercise|exercises|way|treatment|cure',
  'whats|what wrong',
  'wrong with',
  'tennis|golfer|golfers elbow',
  'frozen shoulder',
);

/** "The best way to get abs", "best exercise for the glutes". */
const bestWay = any('best|good|quickest|fastest way|exercise|exercises|workout|workouts to|for');

/** The student speaks of their own body. */
const personal = words('i im ive my me mine myself');

const hasWord = (tokens: readonly string[], set: ReadonlySet<string>) =>
  tokens.some((t) => set.has(t));

/**
 * Whether a message asks for clinical advice: a medicine, supplement or doping question, or a
 * symptom, injury, diagnosis or treatment question. Anatomy questions that only use a movement
 * word ("which muscles pull the arm back", "what tears when…" aside) are not clinical.
 */
export function detectClinical(tokens: readonly string[]): ClinicalKind | null {
  if (hasWord(tokens, medicine)) return 'medicine';
  if (hasWord(tokens, treatment) || hasWord(tokens, conditions)) return 'care';
  if (hasWord(tokens, training) || hasPattern(tokens, bestWay)) return 'training';
  const asks = hasPattern(tokens, advice);
  if (asks && hasWord(tokens, personal)) return 'care';
  // "Calf cramps every night, why?": a symptom asked about is the student's own.
  const symptom = hasWord(tokens, symptoms) || hasPattern(tokens, symptomPhrases);
  if (symptom && (asks || hasWord(tokens, personal) || tokens.includes('why'))) return 'care';
  // "How do I stretch my hamstrings": after the injury checks ("should I stretch a torn muscle").
  if (hasWord(tokens, workOrStretch) && !tokens.includes('reflex')) return 'training';
  return null;
}
