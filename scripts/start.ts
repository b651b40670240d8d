import { main } from '../server/src/main.js';
import { prepareApp } from './prepare-app.js';

// Build what is missing (model, web app), then run the server in this process.
const { assets } = await prepareApp();
await main({
  modelUnavailableMessage: assets.state === 'missing-source' ? assets.message : undefined,
});
