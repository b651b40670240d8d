import type { BrowserReport, SceneFigures } from '../browser/browser-report.js';
import type { Summary } from '../browser/summarize.js';

const ms = (value: number | null | undefined): string => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return `${value.toFixed(value < 1 ? 3 : value < 100 ? 2 : 0)} ms`;
};
const seconds = (value: number | null) =>
  value === null || !Number.isFinite(value) ? '—' : `${(value / 1000).toFixed(2)} s`;
const bytes = (value: number | null) => (value === null ? '—' : value.toLocaleString('en'));
const kb = (value: number) => `${(value / 1000).toFixed(1)} KB`;
const spread = (s: Summary) => `${ms(s.median)} / ${ms(s.mean)} / ${ms(s.p95)} (${s.count})`;

const modelBytes = (scene: SceneFigures, tier: 'light' | 'full') => {
  const file = scene.models.find((m) => m.tier === tier);
  return file ? `${bytes(file.manifestBytes)} / ${bytes(file.transferredBytes)}` : 'not loaded';
};

const sceneRows = (app: SceneFigures, naive: SceneFigures): string[] => {
  const row = (figure: string, of: (s: SceneFigures) => string) =>
    `| ${figure} | ${of(app)} | ${of(naive)} |`;
  return [
    '| figure | app scene | naive scene |',
    '| --- | ---: | ---: |',
    row('design', (s) => s.description),
    row('model bytes, light tier (manifest / transferred)', (s) => modelBytes(s, 'light')),
    row('model bytes, full tier (manifest / transferred)', (s) => modelBytes(s, 'full')),
    row('triangles per frame', (s) => s.triangles.toLocaleString('en')),
    row('draw calls per frame (`renderer.info`)', (s) => String(s.drawCalls)),
    row('`renderer.render` script time per frame: median / mean / p95 (frames)', (s) =>
      spread(s.renderScriptMs),
    ),
    row(
      `selection of ${app.selection.muscles} muscles, script time: median / mean / p95 (repeats)`,
      (s) => `${spread(s.selection.syncMs)}, ${s.selection.parts} parts`,
    ),
    row(
      'the same with the microtasks it queues (React re-renders): median / max',
      (s) => `${ms(s.selection.withMicrotasksMs.median)} / ${ms(s.selection.withMicrotasksMs.max)}`,
    ),
    row('navigation → first frame with the whole body, light tier', (s) =>
      seconds(s.firstFrameMs.light),
    ),
    row('navigation → first frame with the whole body, full tier', (s) =>
      seconds(s.firstFrameMs.full),
    ),
    row('**frame time, software-rendered (SwiftShader)**: median / mean / p95 (frames)', (s) =>
      spread(s.frameMs),
    ),
    row(
      'canvas (device pixels) and share the body covers',
      (s) => `${s.canvas.width}×${s.canvas.height}, ${(s.coverage * 100).toFixed(1)} %`,
    ),
    row('page errors', (s) => (s.errors.length === 0 ? 'none' : s.errors.join('; '))),
  ];
};

/** The app's cost of fading what covers a deep muscle (absent from reports made before it). */
const fadeRows = (app: SceneFigures): string => {
  const figures = app.occlusionFade ?? [];
  if (figures.length === 0) return '';
  return `### Keeping a covered selection in sight (app only)

After a selection (and after the camera rests) the app casts rays from the camera to the selected parts and fades only the parts in front of them. One run per deep muscle, script time:

| muscle, view | script time | rays | parts faded |
| --- | ---: | ---: | ---: |
${figures.map((f) => `| ${f.muscle}, ${f.view} | ${ms(f.ms)} | ${f.rays} | ${f.faded} |`).join('\n')}
`;
};

const channelName = { socket: 'Socket.IO only', sse: 'SSE only', both: 'both (as the app runs)' };

/** The browser half of latest.md, rendered from its JSON alone. */
export const renderBrowserSection = (report: BrowserReport): string => {
  const { app, naive, bundle, events } = report;
  const timer = app.crossOriginIsolated
    ? '5 µs steps'
    : '100 µs steps with jitter, so means are unbiased while medians sit on that grid';
  const firstEvents = events[0];
  return `## Browser: headless Chromium${report.smoke ? ' (smoke run: tiny numbers, not figures)' : ''}

\`npx tsx bench/run.ts --browser-only\` (also part of \`npm run bench\`) — ${report.measuredAt}, Chromium ${report.chromium}, viewport ${report.viewport.width}×${report.viewport.height} at device scale 1, a fresh context (empty cache) per page. The real server runs in the same process with the built web app and model, on localhost without throttling; the naive scene is a page bundled at bench time that loads the same full-tier GLB with three.js's GLTFLoader and MeshoptDecoder, with the app's canvas size, lights, camera framing and tone mapping.

WebGL runs on SwiftShader, a software rasterizer: **frame times below are software-rendered** and say little about a GPU. Script times are read with \`performance.now()\` in the page (${timer}). \`renderer.render\` and the selections are timed with drawing clipped to one pixel (scissor): the same script work, draw calls and vertex work, but rasterizing neither paces the frames nor takes the CPU from the script being timed; frame time and coverage come from full frames after that. \`renderer.info\` is read right after each render (\`autoReset\` on: it counts one render call).

### Goals

| goal | app scene | naive scene | met |
| --- | --- | --- | --- |
${report.verdicts.map((v) => `| ${v.goal} | ${v.measured} | ${v.naive} | ${v.met ? 'yes' : '**no**'} |`).join('\n')}

### The two scenes side by side

${sceneRows(app, naive).join('\n')}

${fadeRows(app)}

![renderer.render script time per frame](render-script-time.svg)
![frame time per scene, software-rendered](frame-time.svg)

### JavaScript (gzip, zlib's default level)

Before the 3D view is requested the page loads ${kb(bundle.firstViewGzipBytes)} (index.html's entry and preloads: ${kb(bundle.entryGzipBytes)}); ${kb(bundle.lazyGzipBytes)} more loads on demand; ${kb(bundle.totalGzipBytes)} in all. The 3D view's code is ${bundle.viewIsLazy ? 'only fetched on demand' : '**fetched up front**'}.

| file | bytes | gzip | loaded |
| --- | ---: | ---: | --- |
${bundle.files.map((f) => `| ${f.file} | ${bytes(f.bytes)} | ${bytes(f.gzipBytes)} | ${f.entry ? 'entry' : f.firstView ? 'first view' : f.view ? 'on demand (3D view)' : 'on demand'} |`).join('\n')}

### Model events end to end

Agent emit (server) → store applied (page): per channel one answer of ${firstEvents?.emitted ?? 0} selection events, one every ${firstEvents?.intervalMs ?? 0} ms, with the whole body on screen. Socket.IO only: the EventSource's request is held unanswered, so the socket's \`model_start\` alone starts the run. SSE only: both Socket.IO transports are refused. Both: the app as it runs, the first copy applied and the second ignored. Each side reads \`performance.timeOrigin + performance.now()\`; the page's clock offset is measured against this process's (shortest of 15 round trips) and taken off. "Receive" is when the transport hands the frame to the page, before the app parses it.

| channel | emitted | applied | lost | duplicated | frames Socket.IO / SSE | apply p50 | apply p99 | apply max | receive p50 | receive p99 | clock offset |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${events.map((e) => `| ${channelName[e.channel]} | ${e.emitted} | ${e.applied} | ${e.lost + e.unexpected} | ${e.duplicated} | ${e.delivered.socket} / ${e.delivered.sse} | ${ms(e.applyMs.median)} | ${ms(e.applyMs.p99)} | ${ms(e.applyMs.max)} | ${ms(e.receiveMs.median)} | ${ms(e.receiveMs.p99)} | ${ms(e.clockOffsetMs)} ± ${ms(e.clockUncertaintyMs)} |`).join('\n')}

![model event latency per channel](event-latency.svg)
`;
};
