import { asSchema, jsonSchema, type ToolSet } from 'ai';
import type { JSONSchema7, JSONSchema7Definition } from '@ai-sdk/provider';

/**
 * Keys a model does not need to call a tool well: the draft marker, closed-object flags and
 * string and array length bounds. The tool's zod schema still checks every call in full (a call
 * out of bounds comes back to the model as a tool error), so leaving them out of the prompt
 * changes no behaviour, only its size: about a fifth of the tool schemas' tokens.
 */
const dropped = new Set(['$schema', 'minLength', 'maxLength', 'maxItems']);

/** A JSON schema without the keys above, recursively. */
export function compactJsonSchema(schema: JSONSchema7): JSONSchema7 {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (dropped.has(key)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    compact[key] = compactValue(key, value);
  }
  return compact as JSONSchema7;
}

const compactDefinition = (definition: JSONSchema7Definition): JSONSchema7Definition =>
  typeof definition === 'boolean' ? definition : compactJsonSchema(definition);

function compactValue(key: string, value: unknown): unknown {
  if (key === 'properties' || key === '$defs' || key === 'definitions') {
    return Object.fromEntries(
      Object.entries(value as Record<string, JSONSchema7Definition>).map(([name, definition]) => [
        name,
        compactDefinition(definition),
      ]),
    );
  }
  if (key === 'items' || key === 'not' || key === 'additionalProperties') {
    return Array.isArray(value)
      ? (value as JSONSchema7Definition[]).map(compactDefinition)
      : compactDefinition(value as JSONSchema7Definition);
  }
  if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
    return (value as JSONSchema7Definition[]).map(compactDefinition);
  }
  return value;
}

/** The same tools, sending compact JSON schemas to the provider and validating as before. */
export function compactToolSchemas<T extends ToolSet>(tools: T): T {
  return Object.fromEntries(
    Object.entries(tools).map(([name, tool]) => {
      const schema = asSchema(tool.inputSchema);
      const compact = jsonSchema(
        async () => compactJsonSchema(await schema.jsonSchema),
        schema.validate !== undefined ? { validate: schema.validate } : {},
      );
      return [name, { ...tool, inputSchema: compact }];
    }),
  ) as T;
}
