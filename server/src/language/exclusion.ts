/**
 * Where a message starts naming what to leave out: "the leg muscles except the calf", "the arm
 * with no biceps", "the hamstrings but not the biceps femoris", "everything but the arms". -1 when
 * it names nothing to leave out. A bare "no", "not" or "but" does not count: "the quads, no wait,
 * the hamstrings" corrects, "the biceps but the triceps too" adds.
 */
export function exclusionAt(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    const before = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (
      token === 'except' ||
      token === 'excluding' ||
      token === 'without' ||
      token === 'minus' ||
      token === 'besides'
    )
      return i;
    if ((token === 'apart' && next === 'from') || (token === 'other' && next === 'than')) return i;
    if (token === 'but' && (next === 'not' || ['everything', 'all', 'every'].includes(before)))
      return i;
    if (token === 'no' && before === 'with') return i;
  }
  return -1;
}
