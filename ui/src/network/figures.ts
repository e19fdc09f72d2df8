import type { LocalizedText } from '../core/tenant-context';
import { formatMonth, formatNumber } from '../i18n/format';
import { pick, t } from '../i18n/locale';

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
  /** The km/en names of cell labels that are codes (a chapter, a category): shown instead of the code. */
  cellNames?: Record<string, LocalizedText> | null;
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

/**
 * What a cell is called: its name in the language chosen where the server names it; a label of
 * several words (`2026-11 sti`) named word by word; a month (`2026-11`) written in km or en.
 */
export function cellName(table: PublishedTable, label: string): string {
  const word = (w: string): string => {
    const name = table.cellNames?.[w];
    return name ? pick(name) : formatMonth(w);
  };
  if (table.cellNames?.[label] || !label.includes(' ')) return word(label);
  const words = label.split(' ');
  const named = words.map(word);
  // a label that merely has spaces (no word of it is named or a month) reads as it is
  return named.some((n, i) => n !== words[i]) ? named.join(' · ') : label;
}

/**
 * A published table as the screens show it, each cell under its name; a suppressed cell never
 * shows a number, not even a zero.
 */
export function showTable(table: PublishedTable): ShownTable {
  const rows = table.cells.map((c) => shown(cellName(table, c.label), c.value));
  const total = shown(t('figures.total'), table.total);
  return { rows, total, anyHidden: total.hidden || rows.some((r) => r.hidden) };
}
