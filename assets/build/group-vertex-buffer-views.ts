import { Extension, PropertyType, WriterContext } from '@gltf-transform/core';

const NAME = 'ANATOMY_group_vertex_buffer_views';

/**
 * A write-only gltf-transform extension that makes EXT_meshopt_compression pack the vertex
 * attributes of all meshes into one buffer view per attribute layout, instead of one buffer view
 * per accessor. Each part keeps its own accessors (the viewer sees ordinary per-part meshes); only
 * the buffer views are shared.
 *
 * Why: with one buffer view per vertex accessor, 515 parts cost about 1 kB of JSON each, more than
 * half of a 100k-triangle file (1.03 MB instead of about 0.8 MB). The writer groups vertex
 * accessors by their primitive (`WriterContext.accessorUsageGroupedByParent`); this drops that
 * grouping before EXT_meshopt_compression lays out its buffer views (extensions prewrite in name
 * order, and this name sorts first). It removes its own name from `extensionsUsed`: the output is
 * plain glTF. Checked by group-vertex-buffer-views.test.ts against the pinned gltf-transform.
 */
export class GroupVertexBufferViews extends Extension {
  static override readonly EXTENSION_NAME = NAME;
  override readonly extensionName = NAME;
  override readonly prewriteTypes = [PropertyType.ACCESSOR];

  override read(): this {
    return this;
  }

  override prewrite(context: WriterContext): this {
    context.accessorUsageGroupedByParent.delete(WriterContext.BufferViewUsage.ARRAY_BUFFER);
    return this;
  }

  override write(context: WriterContext): this {
    const { json } = context.jsonDoc;
    json.extensionsUsed = (json.extensionsUsed ?? []).filter((name) => name !== NAME);
    return this;
  }
}
