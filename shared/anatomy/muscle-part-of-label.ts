/**
 * The named part of its muscle a BodyParts3D part draws, read from its label: "Clavicular part of
 * left deltoid" → `clavicular`, "Long head of right biceps brachii" → `long-head`. Null for a part
 * that draws a whole muscle ("Left soleus").
 */
export const musclePartOfLabel = (label: string): string | null => {
  const match = /^([A-Z][a-z]+) (part|head) of /.exec(label);
  if (match === null) return null;
  const word = (match[1] ?? '').toLowerCase();
  return match[2] === 'head' ? `${word}-head` : word;
};
