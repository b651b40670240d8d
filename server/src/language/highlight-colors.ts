/** Colour words a student or a model may use for a highlight, as hex. */
export const highlightColors: Readonly<Record<string, string>> = {
  red: '#e53935',
  blue: '#1e88e5',
  green: '#43a047',
  yellow: '#fdd835',
  orange: '#fb8c00',
  purple: '#8e24aa',
  violet: '#8e24aa',
  pink: '#d81b60',
  magenta: '#d81b60',
  cyan: '#00acc1',
  teal: '#00897b',
  white: '#ffffff',
  gold: '#ffb300',
};
