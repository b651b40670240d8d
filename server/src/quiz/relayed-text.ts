/**
 * A quiz tool's result: a note for the model ("graded by the server…"), a blank line, then the
 * words for the student, which a model puts in its own words and the offline guide relays as
 * they are.
 */
export const noteThenStudentText = (note: string, text: string): string => `${note}\n\n${text}`;

/** The words for the student in a quiz tool's result (all of it when it has no note). */
export const studentTextOf = (result: string): string => {
  const gap = result.indexOf('\n\n');
  return gap === -1 ? result : result.slice(gap + 2);
};
