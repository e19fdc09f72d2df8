import { css, html } from 'lit';
import { formatDateTime, formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';
import { barChart, chartStyles } from '../charts/bar-chart';
import { showTable, type PublishedTable } from './figures';

/**
 * One published table, as both the organisation's preview and the network's dashboard draw it:
 * a caption, a row per cell, the total, and, when a cell is hidden, one line saying why.
 * `minimum` is the smallest count ever shown (the server's). A chart of the cells comes after it; a hidden cell has
 * no bar there either.
 */
export function figuresTable(table: PublishedTable, caption: string, minimum: number, id: string) {
  const { rows, total, anyHidden } = showTable(table);
  const noteId = `${id}-note`;
  const cell = (c: { text: string; hidden: boolean }) => c.hidden
    ? html`<td class="hidden" aria-describedby=${noteId}>${c.text}</td>`
    : html`<td class="count">${c.text}</td>`;
  return html`
    <table class="figures" id=${id}>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${t('figures.group')}</th><th scope="col" class="count">${t('figures.count')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th>${cell(r)}</tr>`)}</tbody>
      <tfoot><tr><th scope="row">${total.label}</th>${cell(total)}</tr></tfoot>
    </table>
    ${barChart([{ bars: rows.map((r, i) => ({ label: r.label, value: r.hidden ? null : table.cells[i].value ?? null, text: r.text })) }],
      caption, id)}
    ${table.asOf ? html`<p class="muted">${t('figures.asOf', { date: formatDateTime(table.asOf) })}</p>` : ''}
    ${anyHidden ? html`<p class="muted" id=${noteId}>${t('figures.hiddenNote', { min: formatNumber(minimum) })}</p>` : ''}
  `;
}

/** The look of a figures table: numbers right-aligned, hidden cells in plain muted words (7:1 on white). */
export const figuresStyles = [chartStyles, css`
  table.figures { margin: 0.4em 0 0.2em; }
  table.figures caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
  table.figures .count { text-align: right; font-variant-numeric: tabular-nums; }
  table.figures td.hidden { text-align: right; color: #555; }
  table.figures tfoot th, table.figures tfoot td { font-weight: 700; border-top: 2px solid #1b1b1b; }
  table.figures tbody th { font-weight: 400; }
`];
