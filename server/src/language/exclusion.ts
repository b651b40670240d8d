/**
 * Where a message starts naming what to leave out: "the leg muscles except the calf", "the arm
 * without the biceps", "everything but the arms". -1 when it names nothing to leave out. Only a
 * word with something named before it and after it counts (the caller checks both sides); a
 * leading "no" answers the previous turn instead.
 */
export function exclusionAt(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    const next = tokens[i + 1] ?? '';
    if (token === 'except' || token === 'excluding' || token === 'without' || token === 'minus')
      return i;
    if ((token === 'apart' && next === 'from') || (token === 'other' && next === 'than')) return i;
    if (token === 'but' || token === 'no' || token === 'not') return i;
  }
  return -1;
}
