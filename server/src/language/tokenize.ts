/**
 * Splits text into lower-case word tokens the intent parser works on: punctuation and hyphens
 * separate words, curly quotes are straightened, and a possessive "'s" is dropped ("deltoid's" →
 * "deltoid", "tailor's muscle" → "tailor muscle"). Digits stay ("c5").
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .split(/[^a-z0-9']+/)
    .map((token) => token.replace(/^'+|'+$/g, '').replace(/'/g, ''))
    .filter((token) => token.length > 0);
}
