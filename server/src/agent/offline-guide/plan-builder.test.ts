import { describe, expect, it } from 'vitest';
import { createPlanBuilder } from './plan-builder.js';

describe('createPlanBuilder', () => {
  it('should start a new step after tool calls and space sentences', () => {
    const plan = createPlanBuilder();
    plan.say('Here is the deltoid.');
    plan.act({ toolName: 'clearSelection', input: {} });
    plan.say('It caps the shoulder.');
    plan.paragraph('Ask me more.');
    expect(plan.finish()).toEqual([
      { text: 'Here is the deltoid.', calls: [{ toolName: 'clearSelection', input: {} }] },
      { text: ' It caps the shoulder.\n\nAsk me more.', calls: [] },
    ]);
  });

  it('should end with a step without calls, so the last model turn only talks', () => {
    const plan = createPlanBuilder();
    plan.act({ toolName: 'resetView', input: {} });
    expect(plan.finish()).toEqual([
      { text: '', calls: [{ toolName: 'resetView', input: {} }] },
      { text: '', calls: [] },
    ]);
    expect(plan.started).toBe(true);
  });

  it('should ignore blank text', () => {
    const plan = createPlanBuilder();
    plan.say('  ');
    expect(plan.started).toBe(false);
    expect(plan.finish()).toEqual([{ text: '', calls: [] }]);
  });
});
