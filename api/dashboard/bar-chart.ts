import { html, type SafeHtml } from './html';

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no chart library, no script). It is a
 * picture with a text alternative; the same numbers stand in a table beside it for screen readers.
 */
export function barChart(input: { title: string; bars: { label: string; value: number; text?: string }[] }): SafeHtml {
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 380;
  const barSpace = width - labelWidth - 40;
  const max = Math.max(1, ...input.bars.map((b) => b.value));
  const height = Math.max(1, input.bars.length) * rowHeight + 8;
  return html`<svg class="chart" role="img" aria-label="${input.title}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet" focusable="false">
${input.bars.map((b, i) => {
    const y = i * rowHeight + 4;
    const w = Math.round((b.value / max) * barSpace);
    return html`<g><text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" class="chart-label">${truncate(b.label, 18)}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${rowHeight - 10}" class="chart-bar"></rect>
<text x="${labelWidth + w + 6}" y="${y + 18}" class="chart-value">${b.text ?? String(b.value)}</text></g>`;
  })}
</svg>`;
}

function truncate(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}
