/**
 * What a screen reader should hear next of a streaming answer: the complete sentences after
 * `spoken` characters (all the rest once `final`). Returns the text and the new spoken length.
 */
export const nextAnnouncement = (
  text: string,
  spoken: number,
  final: boolean,
): { say: string; spoken: number } => {
  if (spoken > text.length) spoken = 0;
  const rest = text.slice(spoken);
  if (final) return { say: rest.trim(), spoken: text.length };
  const match = /^[\s\S]*[.!?:;\n](?=\s|$)/.exec(rest);
  if (!match) return { say: '', spoken };
  return { say: match[0].trim(), spoken: spoken + match[0].length };
};
