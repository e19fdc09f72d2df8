import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { crossChartGroups, crossTable, type CrossTableAnswer } from '../modules/cross-table';
import { figuresTable } from '../network/figures-table';
import { barChart, chartScale } from './bar-chart';

const draw = (template: unknown) => {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  return host;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a bar chart', () => {
  it('is one named image with a bar per shown count and none for a hidden one', () => {
    setLanguage('en');
    const host = draw(barChart([{ bars: [
      { label: 'Daun Penh', value: 40, text: '40' },
      { label: 'Sen Sok', value: null, text: 'hidden' },
      { label: 'Kampot', value: 10, text: '10' },
    ] }], 'Active members by chapter', 'members'));
    const image = host.querySelector('svg[role=img]')!;
    expect(document.getElementById(image.getAttribute('aria-labelledby')!)!.textContent).toBe('Chart: Active members by chapter');
    const bars = [...host.querySelectorAll('g.bar')];
    expect(bars.map((b) => b.querySelector('rect')?.getAttribute('width') ?? null)).toEqual(['150', null, '38']);
    expect(bars[1].classList.contains('hidden')).toBe(true);
    expect(bars[1].textContent).toContain('hidden');
    expect(bars[1].textContent).not.toMatch(/[0-9]/);
  });

  it('scales to the counts shown only, so a hidden count never sets a length', () => {
    expect(chartScale([{ bars: [{ label: 'a', value: 3, text: '3' }, { label: 'b', value: null, text: 'hidden' }] }])).toBe(3);
    expect(chartScale([{ bars: [{ label: 'a', value: null, text: 'hidden' }] }])).toBe(1);
  });
});

describe('the charts beside the tables', () => {
  it('follow a published figures table, hidden cells hidden in both', () => {
    setLanguage('en');
    const host = draw(figuresTable({ cells: [{ label: 'Daun Penh', value: 12 }, { label: 'Kep', value: null }], total: null },
      'Active members by chapter', 5, 'org-0-0'));
    expect(host.querySelector('table.figures')).not.toBeNull();
    const bars = [...host.querySelectorAll('figure.chart g.bar')];
    expect(bars.map((b) => [b.querySelector('text')!.textContent, b.querySelector('rect') !== null])).toEqual([
      ['Daun Penh', true], ['Kep', false]]);
  });

  it('draw a module report as a group per row and a bar per column, leaving out suppressed cells and totals', () => {
    const answer: CrossTableAnswer = { rowsBy: 'chapter', columnsBy: 'kind', columns: ['arrest', 'raid'],
      rows: [{ value: 'kampot', counts: [7, null], total: 9 }, { value: 'kep', counts: [null, 6], total: 8 }],
      columnTotals: [9, 8], total: 17, threshold: 5 };
    const words = { valueLabel: (_: string, v: string) => v.toUpperCase(), dimensionLabel: (d: string) => d,
      number: String, hidden: 'hidden', total: 'Total' };
    const groups = crossChartGroups(answer, crossTable(answer, words));
    expect(groups).toEqual([
      { label: 'KAMPOT', bars: [{ label: 'ARREST', value: 7, text: '7' }, { label: 'RAID', value: null, text: 'hidden' }] },
      { label: 'KEP', bars: [{ label: 'ARREST', value: null, text: 'hidden' }, { label: 'RAID', value: 6, text: '6' }] },
    ]);
  });
});
