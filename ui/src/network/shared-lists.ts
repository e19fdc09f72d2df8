import { css, html } from 'lit';
import type { LocalizedText } from '../core/tenant-context';
import { formatDateTime, formatNumber } from '../i18n/format';
import { pick, t } from '../i18n/locale';

/** A column of a shared list: its heading, and the km/en names of its values where they are codes. */
export interface SharedColumn { id: string; heading: LocalizedText; names?: Record<string, LocalizedText> | null }

/** A shared list as the server answers it, to the organisation (with `published`) or to its network. */
export interface SharedRows {
  id: string;
  names: LocalizedText;
  columns: SharedColumn[];
  rows: Record<string, unknown>[];
  asOf?: string | null;
  published?: boolean;
}

/** One cell as words: a code by its name, several codes joined, a number in the reader's digits, yes or no. */
export function cellText(column: SharedColumn, value: unknown): string {
  const name = (code: string) => (column.names?.[code] ? pick(column.names[code]) : code);
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => name(String(v))).join(', ');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return name(String(value));
}

/** A shared list drawn as a table that scrolls inside its own frame on a phone. */
export function sharedTable(list: SharedRows, id: string) {
  return html`
    <div class="scroll" role="region" aria-labelledby=${`${id}-caption`} tabindex="0">
      <table class="shared" id=${id}>
        <caption id=${`${id}-caption`}>${pick(list.names)} (${formatNumber(list.rows.length)})</caption>
        <thead><tr>${list.columns.map((c) => html`<th scope="col">${pick(c.heading)}</th>`)}</tr></thead>
        <tbody>${list.rows.map((row) => html`<tr>${list.columns.map((c) => html`<td>${cellText(c, row[c.id])}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
    ${list.rows.length === 0 ? html`<p class="muted">${t('sharing.noRows')}</p>` : ''}
    ${list.asOf ? html`<p class="muted">${t('figures.asOf', { date: formatDateTime(list.asOf) })}</p>` : ''}
  `;
}

export const sharedStyles = css`
  .scroll { overflow-x: auto; max-width: 100%; }
  table.shared { border-collapse: collapse; margin: 0.4em 0; }
  table.shared caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
  table.shared th, table.shared td { padding: 0.25em 0.5em; border-bottom: 1px solid #ccc; text-align: left; vertical-align: top; }
`;
