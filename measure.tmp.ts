import { asSchema, type Tool } from 'ai';
import { createTools } from './server/src/agent/tools/create-tools.js';
import { compactToolSchemas } from './server/src/agent/compact-tool-schemas.js';
import { indexCatalog } from './server/src/agent/catalog-index.js';
import { loadCatalog } from './shared/anatomy/load-catalog.js';
const tools = compactToolSchemas(createTools(indexCatalog(loadCatalog())));
let total = 0;
for (const [name, tool] of Object.entries(tools as Record<string, Tool>)) {
  const schema = JSON.stringify(await asSchema(tool.inputSchema).jsonSchema);
  total += (tool.description ?? '').length + schema.length;
  console.log(name, 'desc', (tool.description ?? '').length, 'schema', schema.length);
}
console.log('total', total);
