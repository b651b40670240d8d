export type Series = { name: string; points: [number, number][] };

const colors = ['#c0392b', '#2471a3', '#229954', '#7d3c98', '#b9770e'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A small self-contained SVG line chart (log-scale x optional), for benchmark reports. */
export const renderLineChart = (chart: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  logX?: boolean;
}): string => {
  const width = 720;
  const height = 400;
  const m = { left: 60, right: 160, top: 40, bottom: 50 };
  const points = chart.series
    .flatMap((s) => s.points)
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const fx = (x: number) => (chart.logX ? Math.log10(Math.max(x, 1)) : x);
  const xs = points.map(([x]) => fx(x));
  const [x0, x1] = [Math.min(0, ...xs), Math.max(1, ...xs)];
  const y1 = Math.max(1, ...points.map(([, y]) => y)) * 1.1;
  const px = (x: number) => m.left + ((fx(x) - x0) / (x1 - x0 || 1)) * (width - m.left - m.right);
  const py = (y: number) => height - m.bottom - (y / y1) * (height - m.top - m.bottom);
  const ticks = chart.logX ? [1, 10, 100, 1000, 10000].filter((t) => fx(t) <= x1) : [];
  const lines = chart.series.map((s, i) => {
    const color = colors[i % colors.length] as string;
    const valid = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    const path = valid
      .map(([x, y], j) => `${j ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
      .join(' ');
    const dots = valid
      .map(
        ([x, y]) =>
          `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>`,
      )
      .join('');
    const legend = `<rect x="${width - m.right + 12}" y="${m.top + i * 20}" width="12" height="3" fill="${color}"/><text x="${width - m.right + 30}" y="${m.top + i * 20 + 5}">${escape(s.name)}</text>`;
    return `<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>${dots}${legend}`;
  });
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * y1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
<text x="${m.left}" y="22" font-size="14">${escape(chart.title)}</text>
<line x1="${m.left}" y1="${height - m.bottom}" x2="${width - m.right}" y2="${height - m.bottom}" stroke="#333"/>
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${height - m.bottom}" stroke="#333"/>
${ticks.map((t) => `<text x="${px(t)}" y="${height - m.bottom + 16}" text-anchor="middle">${t}</text>`).join('')}
${yTicks.map((t) => `<text x="${m.left - 6}" y="${py(t) + 4}" text-anchor="end">${t.toFixed(1)}</text><line x1="${m.left}" y1="${py(t)}" x2="${width - m.right}" y2="${py(t)}" stroke="#eee"/>`).join('')}
<text x="${(m.left + width - m.right) / 2}" y="${height - 12}" text-anchor="middle">${escape(chart.xLabel)}</text>
<text x="14" y="${(m.top + height - m.bottom) / 2}" transform="rotate(-90 14 ${(m.top + height - m.bottom) / 2})" text-anchor="middle">${escape(chart.yLabel)}</text>
${lines.join('\n')}
</svg>
`;
};
