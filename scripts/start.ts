import { main } from '../server/src/main.js';
import { createLogger } from '../server/src/logger.js';
import { prepareApp } from './prepare-app.js';

// Build what is missing (model, web app), then run the server in this process.
const log = createLogger('start');
const { assets } = await prepareApp((line) => log.info(line));
await main({
  modelUnavailableMessage: assets.state === 'missing-source' ? assets.message : undefined,
});
