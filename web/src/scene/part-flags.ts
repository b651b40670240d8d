/** Bits of a part's flags byte in the part-state texture (alpha channel). */
export const PartFlags = {
  visible: 1,
  selected: 2,
  hovered: 4,
  /** Drawn by the translucent x-ray pass instead of the opaque one. */
  translucent: 8,
  /** Faded because it covers the selection (drawn by the translucent pass, fainter). */
  faded: 16,
} as const;
