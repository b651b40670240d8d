import type { BrowserReport, BrowserVerdict } from './browser-report.js';

/** The issue's goals, fixed here: the figures are judged against them, never the reverse. */
export const browserGoals = {
  maxDrawCalls: 3,
  minRenderSpeedup: 10,
  maxSelectionMs: 1,
  maxFirstViewGzipBytes: 400_000,
} as const;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(3)} ms` : '—');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Each goal met or not, with the app's figure and the naive scene's beside it. */
export const judgeBrowserGoals = (report: Omit<BrowserReport, 'verdicts'>): BrowserVerdict[] => {
  const { app, naive, bundle, events } = report;
  const speedup = naive.renderScriptMs.median / app.renderScriptMs.median;
  const lost = events.reduce((n, e) => n + e.lost + e.unexpected, 0);
  const duplicated = events.reduce((n, e) => n + e.duplicated, 0);
  return [
    {
      goal: `≤ ${browserGoals.maxDrawCalls} draw calls per frame (whole body)`,
      measured: `${app.drawCalls} (${app.triangles.toLocaleString('en')} triangles)`,
      naive: `${naive.drawCalls} (${naive.triangles.toLocaleString('en')} triangles)`,
      met: app.drawCalls > 0 && app.drawCalls <= browserGoals.maxDrawCalls,
    },
    {
      goal: `render script time per frame ≥ ${browserGoals.minRenderSpeedup}× below the naive scene's (median)`,
      measured: `${ms(app.renderScriptMs.median)} (p95 ${ms(app.renderScriptMs.p95)}): ${Number.isFinite(speedup) ? speedup.toFixed(1) : '—'}× below`,
      naive: `${ms(naive.renderScriptMs.median)} (p95 ${ms(naive.renderScriptMs.p95)})`,
      met: speedup >= browserGoals.minRenderSpeedup,
    },
    {
      goal: `selection update (${app.selection.muscles} muscles) ≤ ${browserGoals.maxSelectionMs} ms script time (median)`,
      measured: `${ms(app.selection.syncMs.median)} (max ${ms(app.selection.syncMs.max)}; ${app.selection.parts} parts)`,
      naive: `${ms(naive.selection.syncMs.median)} (max ${ms(naive.selection.syncMs.max)}; ${naive.selection.parts} materials)`,
      met: app.selection.syncMs.median <= browserGoals.maxSelectionMs,
    },
    {
      goal: `first view's JavaScript ≤ ${kb(browserGoals.maxFirstViewGzipBytes)} gzip, the rest on demand`,
      measured: `${kb(bundle.firstViewGzipBytes)} before the 3D view (entry ${kb(bundle.entryGzipBytes)}), ${kb(bundle.lazyGzipBytes)} lazy; 3D view ${bundle.viewIsLazy ? 'on demand' : 'NOT on demand'}`,
      naive: '—',
      met: bundle.firstViewGzipBytes <= browserGoals.maxFirstViewGzipBytes && bundle.viewIsLazy,
    },
    {
      goal: 'every model event applied once (none lost, none duplicated)',
      measured: `${events.map((e) => `${e.channel} ${e.applied}/${e.emitted}`).join(', ')}; lost ${lost}, duplicated ${duplicated}`,
      naive: '—',
      met: lost === 0 && duplicated === 0 && events.every((e) => e.emitted > 0),
    },
  ];
};
