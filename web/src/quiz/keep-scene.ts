import type {
  QuizEndPayload,
  QuizFeedbackPayload,
  QuizQuestionPayload,
} from '#shared/protocol/index';
import type { SceneData } from '../state/scene-data';

/**
 * Quiz events leave the scene as it is (their scene changes come as their own events); the quiz
 * slice reads them instead.
 */
export const keepScene = (
  scene: SceneData,
  _payload: QuizQuestionPayload | QuizFeedbackPayload | QuizEndPayload,
): SceneData => scene;
