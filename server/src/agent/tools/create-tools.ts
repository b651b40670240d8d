import type { CatalogIndex } from '../../language/catalog-index.js';
import { annotateMuscleTool, type AnnotateMuscleInput } from './annotate-muscle.js';
import { clearSelectionTool, type ClearSelectionInput } from './clear-selection.js';
import {
  findMusclesByActionTool,
  type FindMusclesByActionInput,
} from './find-muscles-by-action.js';
import { isolateMusclesTool, type IsolateMusclesInput } from './isolate-muscles.js';
import { lookupMusclesTool, type LookupMusclesInput } from './lookup-muscles.js';
import { resetViewTool, type ResetViewInput } from './reset-view.js';
import { selectMusclesTool, type SelectMusclesInput } from './select-muscles.js';
import { setCameraViewTool, type SetCameraViewInput } from './set-camera-view.js';
import { setLayerVisibilityTool, type SetLayerVisibilityInput } from './set-layer-visibility.js';
import { setMuscleVisibilityTool, type SetMuscleVisibilityInput } from './set-muscle-visibility.js';
import { setXrayTool, type SetXrayInput } from './set-xray.js';
import { showAllMusclesTool, type ShowAllMusclesInput } from './show-all-muscles.js';
import { askQuizQuestionTool, type AskQuizQuestionInput } from './ask-quiz-question.js';
import { gradeQuizAnswerTool, type GradeQuizAnswerInput } from './grade-quiz-answer.js';
import { startQuizTool, type StartQuizInput } from './start-quiz.js';
import { startTourTool, type StartTourInput } from './start-tour.js';

/** Every tool the assistant may call, by the name the model sees. */
export const createTools = (index: CatalogIndex) => ({
  selectMuscles: selectMusclesTool(index),
  clearSelection: clearSelectionTool(),
  isolateMuscles: isolateMusclesTool(index),
  showAllMuscles: showAllMusclesTool(),
  setMuscleVisibility: setMuscleVisibilityTool(index),
  setCameraView: setCameraViewTool(index),
  setLayerVisibility: setLayerVisibilityTool(),
  setXray: setXrayTool(),
  annotateMuscle: annotateMuscleTool(index),
  resetView: resetViewTool(),
  startTour: startTourTool(index),
  startQuiz: startQuizTool(index),
  askQuizQuestion: askQuizQuestionTool(),
  gradeQuizAnswer: gradeQuizAnswerTool(),
  lookupMuscles: lookupMusclesTool(index),
  findMusclesByAction: findMusclesByActionTool(index),
});

export type AgentTools = ReturnType<typeof createTools>;

/** The input each tool takes, by tool name. */
export interface ToolInputs {
  selectMuscles: SelectMusclesInput;
  clearSelection: ClearSelectionInput;
  isolateMuscles: IsolateMusclesInput;
  showAllMuscles: ShowAllMusclesInput;
  setMuscleVisibility: SetMuscleVisibilityInput;
  setCameraView: SetCameraViewInput;
  setLayerVisibility: SetLayerVisibilityInput;
  setXray: SetXrayInput;
  annotateMuscle: AnnotateMuscleInput;
  resetView: ResetViewInput;
  startTour: StartTourInput;
  startQuiz: StartQuizInput;
  askQuizQuestion: AskQuizQuestionInput;
  gradeQuizAnswer: GradeQuizAnswerInput;
  lookupMuscles: LookupMusclesInput;
  findMusclesByAction: FindMusclesByActionInput;
}

/** A tool call as the offline guide plans it: a tool name and its typed input. */
export type PlannedToolCall = {
  [K in keyof ToolInputs]: { toolName: K; input: ToolInputs[K] };
}[keyof ToolInputs];

// Keeps the two lists in step: a tool without its input type (or the reverse) fails to compile.
type Unpaired =
  Exclude<keyof AgentTools, keyof ToolInputs> | Exclude<keyof ToolInputs, keyof AgentTools>;
const _paired: [Unpaired] extends [never] ? true : never = true;
void _paired;
