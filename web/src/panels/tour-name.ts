/** A tour's title without a leading "Tour:" (the bar says "Tour" itself): "Tour: Quads" → "Quads". */
export const tourName = (title: string): string =>
  title.replace(/^\s*tour\b\s*(?:[:\-–—]\s*|of\s+)?/i, '').trim() || title.trim();
