export { AnnotatePayload } from './annotate.js';
export { ClearSelectionPayload } from './clear-selection.js';
export { ErrorBody, ErrorCode } from './error-code.js';
export { formatEventId, parseEventId, type EventIdParts } from './event-id.js';
export { EntityId, HexColor, MuscleId, Side, Vec3 } from './ids.js';
export { IsolatePayload } from './isolate.js';
export { MessageStatus } from './message-status.js';
export {
  ModelEvent,
  ModelEventType,
  modelEventPayloads,
  parseModelCommand,
  type ModelCommand,
  type ModelCommandOutput,
} from './model-event.js';
export {
  formatMusclePartId,
  MusclePartId,
  MusclePartSlug,
  parseMusclePartId,
  type MusclePartRef,
} from './muscle-part-id.js';
export { NamedView } from './named-view.js';
export { MasteryState, ProgressCard, ProgressResponse, RegionProgress } from './progress.js';
export {
  QuizAnswerBody,
  QuizAnswerPayload,
  QuizAnswerResult,
  QuizResponse,
} from './quiz-answer.js';
export { QuizEndPayload } from './quiz-end.js';
export { QuizFeedbackPayload, QuizScore, QuizVerdict } from './quiz-feedback.js';
export { QuizKind, QuizQuestionPayload } from './quiz-question.js';
export { PROTOCOL_VERSION, PROTOCOL_VERSION_HEADER } from './protocol-version.js';
export { ResetViewPayload } from './reset-view.js';
export { SceneState } from './scene-state.js';
export { SelectMusclesPayload } from './select-muscles.js';
export { CameraFocus, SetCameraViewPayload } from './set-camera-view.js';
export { SceneLayer, SetLayerVisibilityPayload } from './set-layer-visibility.js';
export { SetMuscleVisibilityPayload } from './set-muscle-visibility.js';
export { SessionResponse } from './session-response.js';
export { SetXrayPayload } from './set-xray.js';
export { ShowAllPayload } from './show-all.js';
export type {
  Ack,
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from './socket-events.js';
export {
  DeleteThreadPayload,
  JoinThreadPayload,
  ListMessagesPayload,
  ListThreadsPayload,
  MessageSaved,
  MessagesList,
  ModelCancelPayload,
  ModelRegeneratePayload,
  ModelResponse,
  ModelStartPayload,
  ModelStream,
  RenameThreadPayload,
  RunStarted,
  ThreadDeleted,
  ThreadHistory,
  ThreadsList,
  ThreadTitle,
  ThreadUpdated,
  UsageInfo,
} from './socket-payloads.js';
export {
  CompleteEvent,
  DoneEvent,
  MetadataEvent,
  StreamErrorEvent,
  ThinkingEvent,
  TokenEvent,
  sseEventSchemas,
  type SseEventData,
  type SseEventName,
  type SseMessage,
} from './sse-events.js';
export { StoredMessage, ThreadSummary } from './stored-message.js';
export {
  MAX_MESSAGE_CHARS,
  MessageText,
  TokenStreamBody,
  TokenStreamQuery,
} from './token-stream-request.js';
export { TourPayload, TourStep } from './tour.js';
export { Usage } from './usage.js';
export { SHARE_LINK_VERSION, ShareLink } from './share-link.js';
