import {
  parseModelCommand,
  type ModelCommand,
  type ModelCommandOutput,
} from '#shared/protocol/model-event';

/**
 * What every tool returns. `commands` are validated model events for the viewer; only `message`
 * or `error` goes back to the model, so it can answer, or correct itself.
 */
export type ToolOutcome =
  { ok: true; message: string; commands: ModelCommandOutput[] } | { ok: false; error: string };

/** A success carrying commands, each checked against the protocol schema. */
export function succeed(message: string, commands: readonly ModelCommand[] = []): ToolOutcome {
  const checked: ModelCommandOutput[] = [];
  for (const command of commands) {
    const parsed = parseModelCommand(command.type, command.payload);
    // Tools build commands from validated input, so this only trips on a programming error.
    if (!parsed.success)
      return { ok: false, error: `Internal error building ${command.type}: ${parsed.error}` };
    checked.push(parsed.command);
  }
  return { ok: true, message, commands: checked };
}

export const fail = (error: string): ToolOutcome => ({ ok: false, error });

/** What the model sees of an outcome: the message, or the error as an error result. */
export const toToolModelOutput = (
  output: ToolOutcome,
): { type: 'text'; value: string } | { type: 'error-text'; value: string } =>
  output.ok ? { type: 'text', value: output.message } : { type: 'error-text', value: output.error };

/** Narrows a tool result's output to an outcome (results of other tools are ignored). */
export const isToolOutcome = (value: unknown): value is ToolOutcome =>
  typeof value === 'object' &&
  value !== null &&
  'ok' in value &&
  (value.ok === false || ('commands' in value && Array.isArray(value.commands)));
