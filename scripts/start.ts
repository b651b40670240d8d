import { prepareApp } from './prepare-app.js';

// Build what is missing (model, web app), then run the server in this process.
await prepareApp();
await import('../server/src/main.js');
