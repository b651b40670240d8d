import { z } from 'zod';
import { AnnotatePayload } from './annotate.js';
import { ClearSelectionPayload } from './clear-selection.js';
import { IsolatePayload } from './isolate.js';
import { QuizEndPayload } from './quiz-end.js';
import { QuizFeedbackPayload } from './quiz-feedback.js';
import { QuizQuestionPayload } from './quiz-question.js';
import { ResetViewPayload } from './reset-view.js';
import { SelectMusclesPayload } from './select-muscles.js';
import { SetCameraViewPayload } from './set-camera-view.js';
import { SetLayerVisibilityPayload } from './set-layer-visibility.js';
import { SetMuscleVisibilityPayload } from './set-muscle-visibility.js';
import { SetXrayPayload } from './set-xray.js';
import { ShowAllPayload } from './show-all.js';
import { TourPayload } from './tour.js';

/** Payload schema for every model event type: the one table new events are added to. */
export const modelEventPayloads = {
  'model:selectMuscles': SelectMusclesPayload,
  'model:clearSelection': ClearSelectionPayload,
  'model:setCameraView': SetCameraViewPayload,
  'model:isolate': IsolatePayload,
  'model:showAll': ShowAllPayload,
  'model:setMuscleVisibility': SetMuscleVisibilityPayload,
  'model:setLayerVisibility': SetLayerVisibilityPayload,
  'model:setXray': SetXrayPayload,
  'model:annotate': AnnotatePayload,
  'model:resetView': ResetViewPayload,
  'model:tour': TourPayload,
  'model:quizQuestion': QuizQuestionPayload,
  'model:quizFeedback': QuizFeedbackPayload,
  'model:quizEnd': QuizEndPayload,
} as const;

export const ModelEventType = z.enum(
  Object.keys(modelEventPayloads) as [
    keyof typeof modelEventPayloads,
    ...(keyof typeof modelEventPayloads)[],
  ],
);
export type ModelEventType = z.infer<typeof ModelEventType>;

const envelope = {
  /** Unique per event; clients apply each id once, whichever channel delivers it first. */
  id: z.string().min(1).max(128),
  runId: z.string().min(1).max(64),
  /** Increasing within a run. */
  seq: z.number().int().min(0),
};

const variant = <T extends ModelEventType>(type: T) =>
  z.strictObject({ ...envelope, type: z.literal(type), payload: modelEventPayloads[type] });

/** A model-control event as it travels on `model_event` (Socket.IO) and SSE `event`. */
export const ModelEvent = z.discriminatedUnion('type', [
  variant('model:selectMuscles'),
  variant('model:clearSelection'),
  variant('model:setCameraView'),
  variant('model:isolate'),
  variant('model:showAll'),
  variant('model:setMuscleVisibility'),
  variant('model:setLayerVisibility'),
  variant('model:setXray'),
  variant('model:annotate'),
  variant('model:resetView'),
  variant('model:tour'),
  variant('model:quizQuestion'),
  variant('model:quizFeedback'),
  variant('model:quizEnd'),
]);
export type ModelEvent = z.infer<typeof ModelEvent>;

/** What an agent emits: a model event before the run numbers it. */
export type ModelCommand = {
  [K in ModelEventType]: { type: K; payload: z.input<(typeof modelEventPayloads)[K]> };
}[ModelEventType];

/** Validates an agent's command against the payload table, applying defaults. */
export const parseModelCommand = (
  type: string,
  payload: unknown,
): { success: true; command: ModelCommandOutput } | { success: false; error: string } => {
  const typeResult = ModelEventType.safeParse(type);
  if (!typeResult.success) return { success: false, error: `unknown model event type "${type}"` };
  const result = modelEventPayloads[typeResult.data].safeParse(payload);
  if (!result.success) return { success: false, error: z.prettifyError(result.error) };
  return {
    success: true,
    command: { type: typeResult.data, payload: result.data } as ModelCommandOutput,
  };
};

/** A validated command with defaults applied. */
export type ModelCommandOutput = {
  [K in ModelEventType]: { type: K; payload: z.output<(typeof modelEventPayloads)[K]> };
}[ModelEventType];
