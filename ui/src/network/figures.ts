import { formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';

/** A cell as the server publishes it: no `value` (absent or null) when it is suppressed. */
export interface PublishedCell {
  label: string;
  value?: number | null;
}

/** A table as published: its cells and total, the total absent when suppressed. */
export interface PublishedTable {
  cells: PublishedCell[];
  total?: number | null;
  /** For the network: when this snapshot of the organisation's figures was taken (ISO instant). */
  asOf?: string | null;
}

/** A cell ready to show: the number in the app's format, or the word saying it is hidden. */
export interface ShownCell {
  label: string;
  text: string;
  hidden: boolean;
}

export interface ShownTable {
  rows: ShownCell[];
  total: ShownCell;
  /** Whether the note explaining hidden cells is needed. */
  anyHidden: boolean;
}

const shown = (label: string, value: number | null | undefined): ShownCell =>
  value === null || value === undefined
    ? { label, text: t('figures.hidden'), hidden: true }
    : { label, text: formatNumber(value), hidden: false };

/** A published table as the screens show it; a suppressed cell never shows a number, not even a zero. */
export function showTable(table: PublishedTable): ShownTable {
  const rows = table.cells.map((c) => shown(c.label, c.value));
  const total = shown(t('figures.total'), table.total);
  return { rows, total, anyHidden: total.hidden || rows.some((r) => r.hidden) };
}
