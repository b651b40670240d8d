import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenize } from '../../language/tokenize.js';

/** Words that can open a negation; only messages with one pay for the language model. */
const NEGATION_CUE = /\b(?:not|no|never|nor|dont|didnt|doesnt|isnt|arent|wasnt|werent)\b|n['’]t\b/i;

let nlp: WinkMethods | undefined;

/**
 * The words of a message inside the scope of a negation ("don't show [the biceps], show the
 * triceps", "no not [that one], the right one"), as the guide's tokens; null when the message
 * negates nothing. Negation scope comes from wink-nlp, loaded on the first negated message.
 */
export function negatedWords(message: string): Set<string> | null {
  if (!NEGATION_CUE.test(message)) return null;
  nlp ??= winkNLP(model, ['sbd', 'negation']);
  const doc = nlp.readDoc(message);
  const flags = doc.tokens().out(nlp.its.negationFlag) as boolean[];
  const words = doc.tokens().out(nlp.its.normal);
  const negated = new Set(words.filter((_, i) => flags[i] === true).flatMap((w) => tokenize(w)));
  return negated.size > 0 ? negated : null;
}
