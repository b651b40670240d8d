import { renderLineChart, type Series } from './line-chart.js';
import type { ServerResults } from './server-results.js';

/** The server half's SVG chart (p99 latency against concurrency), by file name. */
export const renderServerCharts = (results: ServerResults): Record<string, string> => {
  const points = (rows: ServerResults['server']['rows']) =>
    rows.map((r) => [r.clients, r.p99 ?? Number.NaN] as [number, number]);
  const series: Series[] = ['sse', 'socket', 'hybrid'].map((mode) => ({
    name: `server ${mode}`,
    points: points(results.server.rows.filter((r) => r.mode === mode)),
  }));
  series.push({ name: 'baseline sse', points: points(results.baseline.rows) });
  return {
    'latency.svg': renderLineChart({
      title: 'p99 added latency (ms) against concurrent streams',
      xLabel: 'streams',
      yLabel: 'ms',
      series,
      logX: true,
    }),
  };
};
