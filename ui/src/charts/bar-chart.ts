import { css, html, svg } from 'lit';
import { t } from '../i18n/locale';

/** One bar: its label, its count (null when suppressed) and the count as the table writes it. */
export interface ChartBar {
  label: string;
  value: number | null;
  text: string;
}

/** Bars drawn together under one label (a row of a report); a figures table is one group without a label. */
export interface ChartGroup {
  label?: string;
  bars: ChartBar[];
}

const WIDTH = 320;
const LABEL_WIDTH = 118;
const BAR_SPACE = 150;
const ROW = 24;
const HEADING = 22;
const LABEL_CHARS = 18;

const short = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** The highest count shown; a suppressed count takes no part, so no bar's length hints at one. */
export function chartScale(groups: ChartGroup[]): number {
  const shown = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v): v is number => v !== null && v > 0);
  return shown.length ? Math.max(...shown) : 1;
}

/**
 * Horizontal bars beside a table that holds the same numbers (the table stays: it is what a screen reader reads and
 * what a person copies). A suppressed count draws no bar and says the table's word for it, so the chart shows
 * nothing the table hides. The drawing is one image named "Chart: {title}"; each bar's full label is its tooltip.
 */
export function barChart(groups: ChartGroup[], title: string, id: string) {
  const max = chartScale(groups);
  let y = 0;
  const parts = [];
  for (const group of groups) {
    if (group.label !== undefined) {
      y += HEADING;
      parts.push(svg`<text class="group" x="0" y=${y - 6}>${short(group.label)}<title>${group.label}</title></text>`);
    }
    for (const bar of group.bars) {
      const mid = y + ROW / 2 + 4;
      const length = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * BAR_SPACE));
      parts.push(svg`<g class=${bar.value === null ? 'bar hidden' : 'bar'}><title>${bar.label}: ${bar.text}</title>
        <text x="0" y=${mid}>${short(bar.label)}</text>
        ${bar.value === null ? '' : svg`<rect x=${LABEL_WIDTH} y=${y + 4} width=${length} height=${ROW - 8} rx="2"></rect>`}
        <text class="value" x=${LABEL_WIDTH + length + 4} y=${mid}>${bar.text}</text></g>`);
      y += ROW;
    }
  }
  const titleId = `${id}-chart-title`;
  return html`<figure class="chart" data-chart=${id}>
    <svg role="img" aria-labelledby=${titleId} viewBox="0 0 ${WIDTH} ${Math.max(y, ROW)}" width="100%"
      preserveAspectRatio="xMinYMin meet"><title id=${titleId}>${t('chart.label', { title })}</title>${parts}</svg>
  </figure>`;
}

/** Bars in the app's primary colour, words in its text colours (both 7:1 or more on white). */
export const chartStyles = css`
  figure.chart { margin: 0.4em 0 0.8em; max-width: 480px; }
  figure.chart svg { display: block; font-size: 12px; }
  figure.chart text { fill: #1b1b1b; }
  figure.chart text.group { font-weight: 700; }
  figure.chart rect { fill: #1f5f7a; }
  figure.chart .hidden text.value { fill: #555; font-style: italic; }
`;
