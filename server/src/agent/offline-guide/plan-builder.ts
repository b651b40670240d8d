import type { PlannedToolCall } from '../tools/create-tools.js';

/** One step of a planned answer: text to stream, then the tool calls it refers to. */
export interface PlannedStep {
  text: string;
  calls: PlannedToolCall[];
  /** Say what the previous step's tools returned for the student (the server's quiz verdict). */
  relay?: true;
}

/** Collects an answer as text and tool calls in the order they are said and done. */
export interface PlanBuilder {
  /** Appends text; after tool calls it starts the next step. */
  say(text: string): void;
  /** Starts a new paragraph, then says the text. */
  paragraph(text: string): void;
  act(...calls: PlannedToolCall[]): void;
  /** True once anything was said or done. */
  readonly started: boolean;
  /** The steps, ending with a step without calls (the model's last turn). */
  finish(): PlannedStep[];
}

export function createPlanBuilder(): PlanBuilder {
  let last: PlannedStep = { text: '', calls: [] };
  const steps: PlannedStep[] = [last];
  const current = () => last;
  const nextStep = () => {
    last = { text: '', calls: [] };
    steps.push(last);
  };
  const written = () => steps.map((s) => s.text).join('');
  const say = (text: string) => {
    if (text.trim() === '') return;
    if (current().calls.length > 0) nextStep();
    const before = written();
    const gap = before === '' || /\s$/.test(before) ? '' : ' ';
    current().text += gap + text.trim();
  };
  return {
    say,
    paragraph(text) {
      if (text.trim() === '') return;
      if (written() !== '') {
        if (current().calls.length > 0) nextStep();
        current().text = current().text.replace(/\s+$/, '') + '\n\n';
      }
      say(text);
    },
    act(...calls) {
      current().calls.push(...calls);
    },
    get started() {
      return written() !== '' || steps.some((s) => s.calls.length > 0);
    },
    finish() {
      if (current().calls.length > 0) nextStep();
      return steps.filter((s, i) => i === steps.length - 1 || s.text !== '' || s.calls.length > 0);
    },
  };
}
