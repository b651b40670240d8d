/**
 * Places in a list by their words, from 0; `last` is -1 (the caller counts from the end):
 * "the second one", "the 3rd", "the last".
 */
export const ORDINALS: Readonly<Record<string, number | undefined>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
  sixth: 5,
  '6th': 5,
  last: -1,
};
