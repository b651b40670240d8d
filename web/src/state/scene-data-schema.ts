import { z } from 'zod';
import { Region } from '#shared/anatomy/catalog-schema';
import { ModelEvent, NamedView, Side, TourStep, Vec3 } from '#shared/protocol/index';
import type { SceneData } from './scene-data';

const SideFlags = z.object({ left: z.boolean(), right: z.boolean() });

/** `SceneData` as zod: what a reload reads back from storage is checked before it is shown. */
export const SceneDataSchema = z.object({
  selection: z.record(z.string(), SideFlags.extend({ color: z.string().nullable() })),
  hidden: z.record(z.string(), SideFlags),
  isolated: z.object({ muscleIds: z.array(z.string()), side: Side }).nullable(),
  layers: z.object({ muscles: z.boolean(), bones: z.boolean(), other: z.boolean() }),
  xray: z.object({ enabled: z.boolean(), opacity: z.number() }),
  camera: z.object({
    seq: z.number(),
    view: NamedView.nullable(),
    focus: z
      .object({ muscleIds: z.array(z.string()), region: Region.nullable(), side: Side })
      .nullable(),
    position: Vec3.nullable(),
    target: Vec3.nullable(),
    durationMs: z.number(),
  }),
  annotations: z.record(
    z.string(),
    z.object({ muscleId: z.string(), side: Side, text: z.string() }),
  ),
  tour: z
    .object({
      title: z.string(),
      steps: z.array(TourStep),
      index: z.number(),
      playing: z.boolean(),
    })
    .nullable(),
  inspected: z.string().nullable(),
  delivery: z.object({
    applied: z.record(z.string(), z.literal(true)),
    nextSeq: z.record(z.string(), z.number()),
    pending: z.record(z.string(), z.array(ModelEvent)),
  }),
}) satisfies z.ZodType<SceneData>;
