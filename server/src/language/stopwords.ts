/** Articles skipped when matching names: "the rotator cuff" matches "rotator cuff". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Everyday words that never count as a typo of an anatomy name ("where" is not "wheres", "last"
 * is not "lats"). They still match exactly when a name contains them.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are around as at away back be because been
  before behind being below between both but by can cant could did do does doing done dont down
  each either else even every few for from front further get gets give go going got had has have
  having he her here hers him his how i if in into is it its itself just last let lets like look
  looks make me more most move moves much must my near need next no nor not now of off on once
  one only or other our out over own please point put rather really right same see seen shall
  she should show side sides so some still such take tell than thank thanks that the their them
  then there these they thing things this those through to too turn under until up upon us use
  used very view want was way we well were what when where which while who whom why will with
  would you your yours left top bottom both zoom close closer again start whole body muscle
  muscles bone bones part parts sit sitting stand fact facts info feel feels felt feeling called
  named`.split(/\s+/),
);
