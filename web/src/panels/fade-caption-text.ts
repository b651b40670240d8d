/** Joins names as "a", "a and b", "a, b and 2 more" (at most `shown` named). */
export const joinNames = (names: readonly string[], shown = 2): string => {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
};

/**
 * The one-line caption saying what the view faded to show a covered selection, or null when
 * nothing was faded: "Subscapularis is covered: scapula, trapezius and 2 more are faded."
 */
export const fadeCaptionText = (
  covered: readonly string[],
  faded: readonly string[],
): string | null => {
  if (faded.length === 0 || covered.length === 0) return null;
  const subject =
    covered.length === 1
      ? `${covered[0]} is`
      : covered.length === 2
        ? `${joinNames(covered)} are`
        : 'Parts of the selection are';
  const what = faded.length === 1 ? `${faded[0]} is` : `${joinNames(faded)} are`;
  return `${subject} covered: ${what} faded.`;
};
