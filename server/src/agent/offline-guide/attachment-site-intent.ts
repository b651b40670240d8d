import type { Muscle } from '#shared/anatomy/catalog-schema';
import { findAttachmentSite } from '../../language/attachment-site.js';
import { musclesOfMentions } from '../../language/referents.js';
import { attachmentEndAsked } from './bone-attachments.js';
import { joinList, inSentence } from './compose.js';
import type { GuideIntent, PlanContext } from './plan-context.js';
import { showMuscles } from './show-muscle.js';

const names = (muscles: readonly Muscle[]) => joinList(muscles.map((m) => inSentence(m.name)));

/** The place named, the muscles on it, and the muscles named besides it (to check them). */
const siteOf = ({ index, request }: PlanContext) => {
  const site = findAttachmentSite(request.tokens, index.catalog.muscles, index.lexicon);
  if (site === null) return null;
  const outside = request.mentions.filter((m) => m.end <= site.start || m.start >= site.end);
  return { ...site, named: musclesOfMentions(index, outside) };
};

/**
 * "Which muscles attach to the iliac crest", "what arises from the medial epicondyle", "does the
 * biceps attach to the coracoid process": the catalog's origins and insertions that name the
 * place, lit up, instead of reading its words as names ("crest" as chest, "spine" as the back).
 */
export const attachmentSiteIntent: GuideIntent = {
  name: 'muscles on a place of a bone',
  matches: (context) => siteOf(context) !== null,
  answer(context) {
    const { plan, request } = context;
    const site = siteOf(context);
    if (site === null) return;
    const end = attachmentEndAsked(request.intent.facts) ?? 'either';
    const keep = (muscles: Muscle[]) =>
      site.named.length === 0 ? muscles : muscles.filter((m) => site.named.includes(m));
    const arising = end === 'insertion' ? [] : keep(site.arising);
    const inserting = end === 'origin' ? [] : keep(site.inserting);
    const place = `the ${site.phrase}`;
    const parts = [
      arising.length > 0
        ? `the ${names(arising)} ${arising.length === 1 ? 'arises' : 'arise'} from ${place}`
        : '',
      inserting.length > 0
        ? `the ${names(inserting)} ${inserting.length === 1 ? 'inserts' : 'insert'} on ${place}`
        : '',
    ].filter((p) => p !== '');
    if (parts.length === 0 && site.named.length > 0) {
      plan.say(
        `No: the catalog does not give ${place} as an attachment of the ${names(site.named)}.`,
      );
      return;
    }
    if (parts.length === 0) {
      // "What inserts on the medial epicondyle": nothing does, but muscles arise there.
      const other = end === 'insertion' ? site.arising : site.inserting;
      const verb = end === 'insertion' ? 'inserts on' : 'arises from';
      const otherVerb = end === 'insertion' ? 'arise from' : 'insert on';
      plan.say(`No muscle ${verb} ${place} in the catalog; the ${names(other)} ${otherVerb} it.`);
      showMuscles(context, other);
      return;
    }
    const yes = site.named.length > 0 ? 'Yes: ' : 'In the catalog, ';
    plan.say(`${yes}${joinList(parts, 'and')}.`);
    showMuscles(context, [...new Set([...arising, ...inserting])]);
  },
};
