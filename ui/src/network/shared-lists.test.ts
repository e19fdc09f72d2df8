import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { cellText, type SharedRows } from './shared-lists';
import { answer, ctx, inside, place, settle } from './test-support';

const directory: SharedRows = {
  id: 'health-referral.facilities',
  names: { km: 'បញ្ជីកន្លែងសេវាសុខភាព', en: 'Health facility directory' },
  columns: [
    { id: 'nameEn', heading: { km: 'ឈ្មោះ', en: 'Name' }, names: {} },
    { id: 'place', heading: { km: 'ខណ្ឌ ឬខេត្ត', en: 'Khan or province' }, names: { 'pp-daun-penh': { km: 'ដូនពេញ', en: 'Daun Penh' } } },
    { id: 'services', heading: { km: 'សេវា', en: 'Services' },
      names: { sti: { km: 'ជំងឺកាមរោគ', en: 'STI' }, tb: { km: 'របេង', en: 'TB' } } },
    { id: 'feeRiel', heading: { km: 'តម្លៃ', en: 'Fee' }, names: {} },
  ],
  rows: [{ nameEn: 'Lotus', place: 'pp-daun-penh', services: ['sti', 'tb'], feeRiel: 4000 }],
};
const cells = (root: ParentNode) => [...root.querySelectorAll('tbody td')].map((c) => c.textContent);

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('shared lists of places', () => {
  it('names codes, lists several and writes numbers in the reader\'s digits', () => {
    expect(cellText(directory.columns[1], 'pp-daun-penh')).toBe('Daun Penh');
    expect(cellText(directory.columns[2], ['sti', 'tb'])).toBe('STI, TB');
    expect(cellText(directory.columns[3], null)).toBe('');
    setLanguage('km');
    expect(cellText(directory.columns[1], 'pp-daun-penh')).toBe('ដូនពេញ');
  });

  it('lets the organisation share a list after seeing exactly its rows', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'PUT'
      ? answer({ ...directory, published: true })
      : answer([{ ...directory, published: false }]));
    await import('./shared-lists-panel');
    const panel = place('shared-lists-panel', { ctx: ctx('organisation', ['indicator:publish'], 'org') });
    await settle(panel);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/org/shared-lists');
    expect(cells(panel.shadowRoot!)).toEqual(['Lotus', 'Daun Penh', 'STI, TB', '4,000']);
    expect(panel.shadowRoot!.textContent).toContain('never a person');
    inside<HTMLInputElement>(panel, 'input[role=switch]').click();
    await settle(panel);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/t/org/shared-lists/health-referral.facilities');
    expect(JSON.parse(String(put[1]!.body))).toEqual({ published: true });
    expect(inside(panel, '[role=status]').textContent).toBe('Health facility directory is shared with your network.');
  });

  it('shows the network each sharing organisation\'s places, or says nobody shares', async () => {
    let organisations: unknown[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer({ network: 'net', organisations }));
    await import('./network-shared-lists');
    const empty = place('network-shared-lists', { ctx: ctx('network', ['network:dashboard:read']) });
    await settle(empty);
    expect(inside(empty, '#nothing-shared').textContent).toBe('No organisation shares a list of places yet.');
    organisations = [{ organisation: 'org', names: { km: 'អង្គការ', en: 'Org' }, lists: [{ ...directory, asOf: '2026-12-02T08:00:00Z' }] }];
    const view = place('network-shared-lists', { ctx: ctx('network', ['network:dashboard:read']) });
    await settle(view);
    expect(inside(view, 'h3').textContent).toBe('Org');
    expect(cells(view.shadowRoot!)).toEqual(['Lotus', 'Daun Penh', 'STI, TB', '4,000']);
  });
});
