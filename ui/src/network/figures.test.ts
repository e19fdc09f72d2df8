import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { setKhmerDigits, setLanguage } from '../i18n/locale';
import { showTable } from './figures';
import { figuresTable } from './figures-table';

/** A fresh element to draw into: lit keeps its markers in the container it rendered into. */
const place = () => document.body.appendChild(document.createElement('div'));

beforeEach(() => setLanguage('en'));
afterEach(() => {
  setKhmerDigits(false);
  document.body.replaceChildren();
});

describe('a published table', () => {
  it('shows a suppressed cell as hidden, whether the server left its value out or sent null', () => {
    const shown = showTable({ cells: [{ label: 'khan-1', value: 1250 }, { label: 'khan-2' }, { label: 'khan-3', value: null }], total: 1261 });
    expect(shown.rows).toEqual([
      { label: 'khan-1', text: '1,250', hidden: false },
      { label: 'khan-2', text: 'hidden', hidden: true },
      { label: 'khan-3', text: 'hidden', hidden: true },
    ]);
    expect(shown.total).toEqual({ label: 'Total', text: '1,261', hidden: false });
    expect(shown.anyHidden).toBe(true);
  });

  it('hides a suppressed total too, and shows a real zero as a number', () => {
    const shown = showTable({ cells: [{ label: '2025-01', value: 0 }], total: null });
    expect(shown.rows[0]).toEqual({ label: 'Jan 2025', text: '0', hidden: false });
    expect(shown.total.hidden).toBe(true);
  });

  it('uses the app number format: Khmer words, and Khmer digits when chosen', () => {
    setLanguage('km');
    setKhmerDigits(true);
    const shown = showTable({ cells: [{ label: 'a', value: 12 }, { label: 'b' }], total: 20 });
    expect(shown.rows[0].text).toBe('១២');
    expect(shown.rows[1].text).toBe('លាក់');
    expect(shown.total).toEqual({ label: 'សរុប', text: '២០', hidden: false });
  });

  it('is drawn with the reason for hidden cells tied to them, saying “fewer than 5”', () => {
    render(html`${figuresTable({ cells: [{ label: 'a', value: 7 }, { label: 'b' }, { label: 'c' }], total: 15 }, 'Members', 5, 't1')}`,
      place());
    const hidden = [...document.querySelectorAll('td.hidden')];
    expect(hidden.map((c) => c.textContent)).toEqual(['hidden', 'hidden']);
    expect(hidden[0].getAttribute('aria-describedby')).toBe('t1-note');
    expect(document.getElementById('t1-note')!.textContent).toContain('fewer than 5');
    expect(document.querySelector('caption')!.textContent).toBe('Members');
    expect(document.querySelector('tfoot td')!.textContent).toBe('15');
  });

  it('names a coded cell in the language chosen, writes a month in words, and still hides a suppressed one', () => {
    const table = { cells: [{ label: 'court', value: 9 }, { label: 'detention' }, { label: '2026-11', value: 6 }], total: 20,
      cellNames: { court: { km: 'តុលាការ', en: 'Court' }, detention: { km: 'ការឃុំខ្លួន', en: 'Detention' } } };
    expect(showTable(table).rows).toEqual([
      { label: 'Court', text: '9', hidden: false },
      { label: 'Detention', text: 'hidden', hidden: true },
      { label: 'Nov 2026', text: '6', hidden: false },
    ]);
    setLanguage('km');
    expect(showTable(table).rows.map((r) => r.label)).toEqual(['តុលាការ', 'ការឃុំខ្លួន', 'វិច្ឆិកា 2026']);
    render(html`${figuresTable(table, 'Cases', 5, 't3')}`, place());
    const heads = [...document.querySelectorAll('tbody th')].map((h) => h.textContent);
    expect(heads).toEqual(['តុលាការ', 'ការឃុំខ្លួន', 'វិច្ឆិកា 2026']);
    expect(document.body.textContent).not.toContain('court');
    expect(document.body.textContent).not.toContain('2026-11');
  });

  it('names a label of several words word by word: a month and a category, a category and a kind', () => {
    const table = { cells: [{ label: '2026-11 sti', value: 7 }, { label: 'refused-care clinic', value: 5 }, { label: 'odd' , value: 5 }],
      total: 17, cellNames: { sti: { km: 'ជំងឺកាមរោគ', en: 'STI' }, clinic: { km: 'គ្លីនិក', en: 'Clinic' } } };
    expect(showTable(table).rows.map((r) => r.label)).toEqual(['Nov 2026 · STI', 'refused-care · Clinic', 'odd']);
    setLanguage('km');
    expect(showTable(table).rows.map((r) => r.label)).toEqual(['វិច្ឆិកា 2026 · ជំងឺកាមរោគ', 'refused-care · គ្លីនិក', 'odd']);
  });

  it('has no note when nothing is hidden', () => {
    render(html`${figuresTable({ cells: [{ label: 'a', value: 7 }], total: 7 }, 'Members', 5, 't2')}`, place());
    expect(document.getElementById('t2-note')).toBeNull();
    expect(document.querySelector('td.hidden')).toBeNull();
  });
});
