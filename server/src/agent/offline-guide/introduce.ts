import { withoutModelRemark } from '../../language/muscle-facts.js';
import { capitalize, inSentence } from './compose.js';

/** "The soleus is a broad flat calf muscle…", from a catalog summary that starts "A broad…". */
export function introduce(label: string, summary: string): string {
  const text = withoutModelRemark(summary);
  const Label = capitalize(label);
  return /^(A|An|The) [a-z]/.test(text) ? `${Label} is ${inSentence(text)}` : `${Label}: ${text}`;
}
