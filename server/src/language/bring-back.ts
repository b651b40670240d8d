/** Verbs that, with "back" after their object, return something to where it was. */
const RETURN_VERBS = new Set(['bring', 'put', 'get']);
/** Words that may follow the closing "back" of such a phrase: "bring the biceps back please". */
const CLOSERS = new Set(['please', 'now', 'again', 'in', 'on', 'into', 'view', 'thanks', 'pls']);

/** Words a request may open with before its verb: "ok, can you please bring …". */
const LEADERS = new Set([
  ...['ok', 'okay', 'now', 'and', 'then', 'please', 'pls', 'can', 'could', 'would', 'will'],
  ...['you', 'u', 'lets', 'let', 'us', 'me', 'just', 'so', 'right', 'alright', 'great'],
]);

/**
 * The index of the "back" that closes a request "bring|put|get <object> back" ("bring the
 * biceps back", "can you put the hamstrings back on please"), or null. Only a request: "what
 * muscles bring the arm back" asks a movement. Only at the end: "get my back straight" keeps
 * its back.
 */
export const bringBackAt = (tokens: readonly string[]): number | null => {
  let end = tokens.length;
  while (end > 0 && CLOSERS.has(tokens[end - 1] ?? '')) end -= 1;
  const back = end - 1;
  if (tokens[back] !== 'back') return null;
  const verb = tokens.findIndex((token) => !LEADERS.has(token));
  // Something between the verb and the back: the object.
  return RETURN_VERBS.has(tokens[verb] ?? '') && back - verb >= 2 ? back : null;
};
