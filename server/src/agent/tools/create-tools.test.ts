import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { parseModelCommand } from '#shared/protocol/model-event';
import { indexCatalog } from '../../language/catalog-index.js';
import { createTools } from './create-tools.js';
import type { ToolOutcome } from './tool-outcome.js';

const tools = createTools(indexCatalog(loadCatalog()));
const run = async (name: keyof typeof tools, input: unknown): Promise<ToolOutcome> =>
  await (tools[name].execute as (i: unknown, o: unknown) => Promise<ToolOutcome>)(input, {
    toolCallId: 'c',
    messages: [],
  });

describe('createTools', () => {
  it('should give every tool a description and an input schema', () => {
    for (const [name, tool] of Object.entries(tools)) {
      expect(tool.description, name).toBeTruthy();
      expect(tool.inputSchema, name).toBeDefined();
    }
  });

  it.each([
    ['clearSelection', {}, 'model:clearSelection'],
    ['resetView', {}, 'model:resetView'],
    ['showAllMuscles', {}, 'model:showAll'],
    ['isolateMuscles', { muscleIds: ['soleus'] }, 'model:isolate'],
    ['setMuscleVisibility', { muscleIds: ['soleus'], visible: false }, 'model:setMuscleVisibility'],
    ['setLayerVisibility', { layer: 'bones', visible: false }, 'model:setLayerVisibility'],
    ['setXray', { enabled: true, opacity: 0.3 }, 'model:setXray'],
    ['annotateMuscle', { muscleId: 'soleus', text: 'the second heart' }, 'model:annotate'],
  ] as const)('%s should produce a valid %s event', async (name, input, type) => {
    const outcome = await run(name, input);
    expect(outcome.ok).toBe(true);
    const [command] = outcome.ok ? outcome.commands : [];
    expect(command?.type).toBe(type);
    expect(command && parseModelCommand(command.type, command.payload).success).toBe(true);
  });

  it('should refuse unknown ids in every tool that takes muscles', async () => {
    for (const [name, input] of [
      ['isolateMuscles', { muscleIds: ['solius'] }],
      ['setMuscleVisibility', { muscleIds: ['solius'], visible: true }],
      ['annotateMuscle', { muscleId: 'solius', text: 'x' }],
    ] as const) {
      expect(await run(name, input), name).toMatchObject({
        ok: false,
        error: expect.stringContaining('soleus (Soleus)'),
      });
    }
  });

  it('should place a label per muscle and side, and remove it with null', async () => {
    expect(
      await run('annotateMuscle', { muscleId: 'deltoid', side: 'left', text: null }),
    ).toMatchObject({
      ok: true,
      commands: [
        {
          payload: {
            annotationId: 'note-deltoid-left',
            muscleId: 'deltoid',
            side: 'left',
            text: null,
          },
        },
      ],
    });
  });
});
