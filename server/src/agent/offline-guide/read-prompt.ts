import type { LanguageModelV3Prompt } from '@ai-sdk/provider';
import type { HistoryTurn } from '../agent.js';

/** What the offline guide needs from a prompt, the way a model reads it. */
export interface GuidePrompt {
  system: string;
  /** The student's latest message. */
  message: string;
  /** The turns before it, oldest first. */
  history: HistoryTurn[];
  /** How many steps of this answer are done (assistant turns since the message). */
  step: number;
  /** Errors the tools returned for the previous step's calls. */
  toolErrors: string[];
  /** Text the tools returned for the previous step's calls (a quiz tool's words to relay). */
  toolResults: string[];
}

const textOf = (content: readonly { type: string; text?: string }[]): string =>
  content
    .filter((part) => part.type === 'text')
    .map((part) => part.text ?? '')
    .join('');

/** Splits a prompt into system text, history, the latest user message and the step under way. */
export function readGuidePrompt(prompt: LanguageModelV3Prompt): GuidePrompt {
  const system = prompt
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
  const lastUser = prompt.findLastIndex((m) => m.role === 'user');
  const history: HistoryTurn[] = [];
  for (const message of prompt.slice(0, Math.max(lastUser, 0))) {
    if (message.role === 'user' || message.role === 'assistant') {
      const text = textOf(message.content);
      if (text.trim() !== '') history.push({ role: message.role, text });
    }
  }
  const current = lastUser === -1 ? undefined : prompt[lastUser];
  const after = prompt.slice(lastUser + 1);
  const lastTool = after.findLast((m) => m.role === 'tool');
  const toolErrors: string[] = [];
  const toolResults: string[] = [];
  if (lastTool?.role === 'tool') {
    for (const part of lastTool.content) {
      if (part.type !== 'tool-result') continue;
      const { output } = part;
      if (output.type === 'text') toolResults.push(output.value);
      else if (output.type === 'error-text') toolErrors.push(output.value);
      else if (output.type === 'error-json') toolErrors.push(JSON.stringify(output.value));
    }
  }
  return {
    system,
    message: current?.role === 'user' ? textOf(current.content) : '',
    history,
    step: after.filter((m) => m.role === 'assistant').length,
    toolErrors,
    toolResults,
  };
}
