import type { BrowserReport } from '../browser/browser-report.js';
import { renderBarChart } from './bar-chart.js';

/** The browser half's SVG charts, by file name. */
export const renderBrowserCharts = (report: BrowserReport): Record<string, string> => {
  const scenes = [
    { label: 'app scene', figures: report.app },
    { label: 'naive scene', figures: report.naive },
  ];
  return {
    'render-script-time.svg': renderBarChart({
      title: 'renderer.render script time per frame (ms)',
      yLabel: 'ms',
      groups: scenes.map(({ label, figures }) => ({
        label: `${label} (${figures.drawCalls} draw calls)`,
        bars: [
          { series: 'median', value: figures.renderScriptMs.median },
          { series: 'p95', value: figures.renderScriptMs.p95 },
        ],
      })),
    }),
    'frame-time.svg': renderBarChart({
      title: 'Frame time (ms), software-rendered (SwiftShader)',
      yLabel: 'ms',
      groups: scenes.map(({ label, figures }) => ({
        label,
        bars: [
          { series: 'median', value: figures.frameMs.median },
          { series: 'p95', value: figures.frameMs.p95 },
        ],
      })),
    }),
    'event-latency.svg': renderBarChart({
      title: 'Model event: agent emit → store applied (ms)',
      yLabel: 'ms',
      groups: report.events.map((e) => ({
        label: e.channel === 'both' ? 'both' : e.channel === 'sse' ? 'SSE' : 'Socket.IO',
        bars: [
          { series: 'p50', value: e.applyMs.median },
          { series: 'p99', value: e.applyMs.p99 },
        ],
      })),
    }),
  };
};
