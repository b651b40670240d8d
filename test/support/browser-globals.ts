/**
 * The debug handles the app puts on `window` (`__anatomyStore`, `__anatomyViewer`), declared by
 * the web modules that set them; imported here so the callbacks tests and benchmarks run in the
 * page (`page.evaluate`) see their types.
 */
import type {} from '../../web/src/app/start-app.js';
import type {} from '../../web/src/scene/ViewerDebug.js';
