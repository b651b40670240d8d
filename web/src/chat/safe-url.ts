/**
 * react-markdown's `urlTransform`: only absolute http(s) links survive (no javascript:, data:,
 * relative or protocol-relative URLs); anything else renders as plain text.
 */
export const safeUrl = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
};
