/** One group of bars on the x axis, e.g. a scene, with one bar per series, e.g. median and p95. */
export type BarGroup = { label: string; bars: { series: string; value: number }[] };

const colors = ['#2471a3', '#c0392b', '#229954', '#7d3c98', '#b9770e'];
/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so the axis ticks are round. */
const niceCeil = (value: number) => {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
};
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A small self-contained SVG grouped bar chart with values printed on the bars. */
export const renderBarChart = (chart: { title: string; yLabel: string; groups: BarGroup[] }) => {
  const width = 720;
  const height = 360;
  const m = { left: 60, right: 160, top: 40, bottom: 50 };
  const series = [...new Set(chart.groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const values = chart.groups.flatMap((g) => g.bars.map((b) => b.value)).filter(Number.isFinite);
  const yMax = niceCeil(Math.max(...values, 0) * 1.1 || 1);
  const plotWidth = width - m.left - m.right;
  const plotHeight = height - m.top - m.bottom;
  const groupWidth = plotWidth / Math.max(1, chart.groups.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, series.length);
  const py = (y: number) => height - m.bottom - (y / yMax) * plotHeight;
  const bars = chart.groups.flatMap((group, g) =>
    group.bars
      .filter((bar) => Number.isFinite(bar.value))
      .map((bar) => {
        const s = series.indexOf(bar.series);
        const x = m.left + g * groupWidth + groupWidth * 0.15 + s * barWidth;
        const y = py(bar.value);
        const label = bar.value >= 100 ? bar.value.toFixed(0) : bar.value.toPrecision(3);
        return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(height - m.bottom - y).toFixed(1)}" fill="${colors[s % colors.length]}"/><text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${label}</text>`;
      }),
  );
  const groupLabels = chart.groups.map(
    (group, g) =>
      `<text x="${(m.left + (g + 0.5) * groupWidth).toFixed(1)}" y="${height - m.bottom + 18}" text-anchor="middle">${escape(group.label)}</text>`,
  );
  const legend = series.map(
    (name, s) =>
      `<rect x="${width - m.right + 12}" y="${m.top + s * 20 - 8}" width="12" height="12" fill="${colors[s % colors.length]}"/><text x="${width - m.right + 30}" y="${m.top + s * 20 + 2}">${escape(name)}</text>`,
  );
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
<text x="${m.left}" y="22" font-size="14">${escape(chart.title)}</text>
${yTicks.map((t) => `<text x="${m.left - 6}" y="${py(t) + 4}" text-anchor="end">${Number(t.toPrecision(3))}</text><line x1="${m.left}" y1="${py(t)}" x2="${width - m.right}" y2="${py(t)}" stroke="#eee"/>`).join('')}
<line x1="${m.left}" y1="${height - m.bottom}" x2="${width - m.right}" y2="${height - m.bottom}" stroke="#333"/>
<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${height - m.bottom}" stroke="#333"/>
<text x="14" y="${(m.top + height - m.bottom) / 2}" transform="rotate(-90 14 ${(m.top + height - m.bottom) / 2})" text-anchor="middle">${escape(chart.yLabel)}</text>
${bars.join('\n')}
${groupLabels.join('\n')}
${legend.join('\n')}
</svg>
`;
};
