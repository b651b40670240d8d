import { ask, type ConversationCase } from './conversation-case.js';

const P = 'sub-parts';

/**
 * Parts and heads of one muscle: the viewer highlights whole muscles, so the guide shows the
 * muscle, names the part, and says what that part does, without pretending to draw it alone.
 */
export const subPartCases: ConversationCase[] = [
  ask(P, 'upper trapezius', {
    select: ['trapezius'],
    says: [/descending|upper/i, /elevat|shrug/i],
  }),
  ask(P, 'show the lower traps', {
    select: ['trapezius'],
    says: [/ascending|lower/i, /depress|lowers the shoulder blade/i],
  }),
  ask(P, 'middle trapezius please', {
    select: ['trapezius'],
    says: [/transverse|middle/i, /retract/i],
  }),
  ask(P, 'the front of the deltoid', {
    select: ['deltoid'],
    says: [/clavicular|anterior|front/i, /flex/i],
  }),
  ask(P, 'show me the rear delt', {
    select: ['deltoid'],
    says: [/spinal|posterior|rear|back/i, /extend/i],
  }),
  ask(P, 'side delts', { select: ['deltoid'], says: [/acromial|middle|side/i, /abduct/i] }),
  ask(P, 'long head of the biceps', {
    select: ['biceps-brachii'],
    says: [/long head/i, /supraglenoid/i],
  }),
  ask(P, 'short head of biceps', {
    select: ['biceps-brachii'],
    says: [/short head/i, /coracoid/i],
  }),
  ask(P, 'the long head of the triceps', {
    select: ['triceps-brachii'],
    says: [/long head/i, /infraglenoid/i],
  }),
  ask(P, 'lateral head of tricep', { select: ['triceps-brachii'], says: [/lateral head/i] }),
  ask(P, 'medial head of the gastrocnemius', { select: ['gastrocnemius'], says: [/medial head/i] }),
  ask(P, 'show the lateral gastrocnemius', { select: ['gastrocnemius'], says: [/lateral head/i] }),
  ask(P, 'upper chest', { select: ['pectoralis-major'], says: [/clavicular/i] }),
  ask(P, 'clavicular head of pec major', { select: ['pectoralis-major'], says: [/clavicular/i] }),
  ask(P, 'short head of the biceps femoris', { select: ['biceps-femoris'], says: [/short head/i] }),
  ask(P, 'sternal head of the sternocleidomastoid', {
    select: ['sternocleidomastoid'],
    says: [/sternal head/i],
  }),
  ask(P, 'the left upper trap', { select: ['trapezius:left'], says: [/descending|upper/i] }),
  ask(P, ['show the triceps', 'just its long head'], {
    select: ['triceps-brachii'],
    says: [/long head/i],
  }),
  ask(P, ['show the deltoid', 'only the front part'], {
    select: ['deltoid'],
    says: [/clavicular|front/i],
  }),
  ask(P, ['show the biceps', 'which head is the long one?'], {
    select: ['biceps-brachii'],
    says: [/long head/i],
  }),
  ask(P, 'what does the upper trapezius do', { says: [/elevat|shrug/i], never: [/depress/i] }),
  ask(P, 'what does the posterior deltoid do', {
    says: [/extend/i],
    never: [/abducts the shoulder/i],
  }),
  ask(P, 'upper traps from the side', {
    select: ['trapezius'],
    view: 'right',
    says: [/descending/i],
  }),
  ask(P, 'the rear deltoids', { select: ['deltoid'], says: [/spinal \(rear\)/i] }),
  ask(P, 'show the long head of the biceps femoris', {
    select: ['biceps-femoris'],
    says: [/ischial/i],
  }),
  ask(P, 'the outer head of the triceps', { select: ['triceps-brachii'], says: [/lateral head/i] }),
  ask(P, ['show the gastrocnemius', 'just the inner head'], {
    select: ['gastrocnemius'],
    says: [/medial head/i],
  }),
  ask(P, 'show the gastrocnemius lateralis', { select: ['gastrocnemius'], says: [/lateral head/] }),
];
