import { describe, expect, it } from 'vitest';
import { readGuidePrompt } from './read-prompt.js';

describe('readGuidePrompt', () => {
  it('should split system text, history, the latest message, the step and tool errors and results', () => {
    const prompt = readGuidePrompt([
      { role: 'system', content: 'rules' },
      { role: 'user', content: [{ type: 'text', text: 'show me the biceps' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Here it is.' }] },
      { role: 'user', content: [{ type: 'text', text: 'where does it insert?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'It inserts…' },
          {
            type: 'tool-call',
            toolCallId: 'c1',
            toolName: 'selectMuscles',
            input: { muscleIds: ['x'] },
          },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'selectMuscles',
            output: { type: 'error-text', value: '"x" is not a catalog muscle id.' },
          },
          {
            type: 'tool-result',
            toolCallId: 'c2',
            toolName: 'gradeQuizAnswer',
            output: { type: 'text', value: 'Graded.\n\nRight!' },
          },
        ],
      },
    ]);
    expect(prompt).toEqual({
      system: 'rules',
      message: 'where does it insert?',
      history: [
        { role: 'user', text: 'show me the biceps' },
        { role: 'assistant', text: 'Here it is.' },
      ],
      step: 1,
      toolErrors: ['"x" is not a catalog muscle id.'],
      toolResults: ['Graded.\n\nRight!'],
    });
  });

  it('should read a first step with no history', () => {
    expect(
      readGuidePrompt([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]),
    ).toMatchObject({
      message: 'hi',
      history: [],
      step: 0,
      toolErrors: [],
    });
  });
});
