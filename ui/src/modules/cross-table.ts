import type { ChartGroup } from '../charts/bar-chart';

/**
 * A report answered as rows × columns with totals, as a module sends it to a `table` view:
 * `{rowsBy, columnsBy, rows: [{value, counts, total}], columns, columnTotals, total, threshold}`.
 * A null or absent count is suppressed: too small to show without pointing at a person, or hidden
 * so that it cannot be worked out from the others.
 */
export interface CrossTableAnswer {
  rowsBy: string;
  columnsBy: string;
  rows: { value: string; counts: (number | null)[]; total?: number | null }[];
  columns: string[];
  columnTotals: (number | null)[];
  total?: number | null;
  /** Counts below it are suppressed; 5 unless said. */
  threshold?: number;
}

export interface CrossCell {
  text: string;
  suppressed: boolean;
}

export interface CrossTable {
  corner: string;
  columns: string[];
  rows: { label: string; cells: CrossCell[] }[];
  /** The column totals, then the grand total. */
  totals: CrossCell[];
}

export interface CrossTableWords {
  /** A dimension's value as a person reads it (`physical-violence` → "Physical violence"). */
  valueLabel(dimension: string, value: string): string;
  dimensionLabel(dimension: string): string;
  number(n: number): string;
  /**
   * The word for a suppressed count: "hidden", never "fewer than 5", since a cell hidden so that it
   * cannot be worked out from the total can be larger.
   */
  hidden: string;
  total: string;
}

/**
 * The report as bars beside its table: a group per row, a bar per column (totals left out, they would dwarf the
 * rest); a suppressed count has no bar, only the word the table uses.
 */
export function crossChartGroups(answer: CrossTableAnswer, table: CrossTable): ChartGroup[] {
  return answer.rows.map((row, r) => ({
    label: table.rows[r].label,
    bars: answer.columns.map((_, c) => {
      const count = row.counts[c];
      const shown = typeof count === 'number' && Number.isFinite(count);
      return { label: table.columns[c], value: shown ? count : null, text: table.rows[r].cells[c].text };
    }),
  }));
}

/** The table as it is drawn: labels for every value, the words for every count, totals last. */
export function crossTable(answer: CrossTableAnswer, words: CrossTableWords): CrossTable {
  const cell = (count: number | null | undefined): CrossCell => typeof count === 'number' && Number.isFinite(count)
    ? { text: words.number(count), suppressed: false } : { text: words.hidden, suppressed: true };
  return {
    corner: `${words.dimensionLabel(answer.rowsBy)} / ${words.dimensionLabel(answer.columnsBy)}`,
    columns: [...answer.columns.map((c) => words.valueLabel(answer.columnsBy, c)), words.total],
    rows: answer.rows.map((row) => ({
      label: words.valueLabel(answer.rowsBy, row.value),
      cells: [...row.counts.map(cell), cell(row.total)],
    })),
    totals: [...answer.columnTotals.map(cell), cell(answer.total)],
  };
}
