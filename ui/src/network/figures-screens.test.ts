import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { setLanguage } from '../i18n/locale';
import { menuItems } from '../shell/menu-items';
import { answer, ctx, inside, place, problem, settle } from './test-support';

const members = { id: 'core.members-by-chapter', names: { km: 'សមាជិកសកម្មតាមសាខា', en: 'Active members by chapter' } };
const table = { cells: [{ label: 'org-a', value: 7 }, { label: 'org-b' }, { label: 'org-c' }], total: 15 };
const cellNames = { 'org-a': { km: 'សាខា ក', en: 'Chapter A' }, 'org-b': { km: 'សាខា ខ', en: 'Chapter B' },
  'org-c': { km: 'សាខា គ', en: 'Chapter C' } };
const rowNames = (root: ParentNode) => [...root.querySelectorAll('tbody th')].map((h) => h.textContent);

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('publishing indicators', () => {
  it('explains publishing, previews what the network sees and publishes with a switch', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'PUT'
      ? answer({ ...members, published: true, asPublished: table })
      : answer([{ ...members, published: false, asPublished: table, cellNames }]));
    const panel = place('indicators-panel', { ctx: ctx('organisation', ['indicator:publish'], 'org') });
    await import('./indicators-panel');
    await settle(panel);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/org/indicators');
    expect(rowNames(panel.shadowRoot!), 'the chapters by name, never by code').toEqual(['Chapter A', 'Chapter B', 'Chapter C']);
    expect(panel.shadowRoot!.textContent).toContain('never a name');
    expect([...panel.shadowRoot!.querySelectorAll('td.hidden')].length).toBe(2);
    expect(inside(panel, 'caption').textContent).toBe('What the network sees: Active members by chapter');
    const box = inside<HTMLInputElement>(panel, 'input[role=switch]');
    expect(box.checked).toBe(false);
    box.click();
    await settle(panel);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/t/org/indicators/core.members-by-chapter');
    expect(JSON.parse(String(put[1]!.body))).toEqual({ published: true });
    expect(inside(panel, 'li .muted').textContent).toBe('published');
    expect(inside(panel, '[role=status]').textContent).toBe('Active members by chapter is published.');
  });

  it('puts the switch back when the server refuses', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'PUT'
      ? problem(403, 'This needs the permission indicator:publish here.')
      : answer([{ ...members, published: false, asPublished: null }]));
    await import('./indicators-panel');
    const panel = place('indicators-panel', { ctx: ctx('organisation', ['indicator:publish'], 'org') });
    await settle(panel);
    expect(panel.shadowRoot!.textContent).toContain('No counts yet.');
    const box = inside<HTMLInputElement>(panel, 'input[role=switch]');
    box.click();
    await settle(panel);
    expect(box.checked).toBe(false);
    expect(inside(panel, '[role=alert]').textContent).toBe('You cannot do this here.');
  });
});

describe('the network dashboard', () => {
  const dashboard = (indicators: unknown[]) => ({ network: 'net', minimumCount: 5, organisations: [
    { organisation: 'org', names: { km: 'អង្គការ', en: 'Org' }, indicators },
    { organisation: 'quiet', names: { km: 'ស្ងាត់', en: 'Quiet' }, indicators: [] },
  ] });

  it('shows each organisation’s published tables with the hidden cells marked', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(dashboard([{ ...members, ...table, cellNames, asOf: '2026-11-02T03:00:00Z' }])));
    const screen = place('network-dashboard', { ctx: ctx('network', ['network:dashboard:read']) });
    await import('./network-dashboard');
    await settle(screen);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/net/dashboard');
    const org = inside(screen, 'section[data-organisation=org]');
    expect(org.querySelector('h2')!.textContent).toBe('Org');
    expect(org.querySelector('caption')!.textContent).toBe('Active members by chapter');
    expect([...org.querySelectorAll('tbody td')].map((c) => c.textContent)).toEqual(['7', 'hidden', 'hidden']);
    expect(rowNames(org)).toEqual(['Chapter A', 'Chapter B', 'Chapter C']);
    expect(org.textContent).not.toContain('org-a');
    expect(org.querySelector('tfoot td')!.textContent).toBe('15');
    expect(org.textContent).toContain('fewer than 5');
    expect(org.textContent).toMatch(/Figures as they stood on .*2026/);
    expect(inside(screen, 'section[data-organisation=quiet]').textContent).toContain('Shares nothing yet.');
  });

  it('says a refused read in its words, and "check the connection" only when no answer came', async () => {
    await import('./network-dashboard');
    for (const [refused, words] of [[problem(404, 'No such network.'), 'Not found.'],
      [problem(500, 'Something went wrong on the server. Incident 1.'), en['problem.general.server']]] as const) {
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(refused);
      const screen = place('network-dashboard', { ctx: ctx('network', ['network:dashboard:read']) });
      await settle(screen);
      expect(inside(screen, '[role=alert]').textContent).toBe(words);
    }
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const offline = place('network-dashboard', { ctx: ctx('network', ['network:dashboard:read']) });
    await settle(offline);
    expect(inside(offline, '[role=alert]').textContent).toBe(en['error.load']);
  });

  it('says so in one sentence when nothing is published', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(dashboard([])));
    await import('./network-dashboard');
    const screen = place('network-dashboard', { ctx: ctx('network', ['network:dashboard:read']) });
    await settle(screen);
    expect(inside(screen, '#nothing-published').textContent).toBe('No organisation shares any figures yet.');
    expect(inside(screen, 'section')).toBeNull();
  });
});

describe('the menu', () => {
  const ids = (c: ReturnType<typeof ctx>) => menuItems(c).map((i) => i.id);

  it('offers the dashboard only in a network, to those who may read it', () => {
    expect(ids(ctx('network', ['network:dashboard:read']))).toContain('dashboard');
    expect(ids(ctx('network', ['tenant:read']))).not.toContain('dashboard');
    expect(ids(ctx('organisation', ['*'], 'org'))).not.toContain('dashboard');
  });

  it('offers tenant definitions only on the platform, to the operator', () => {
    expect(ids(ctx('platform', ['tenant:define'], 'platform'))).toContain('definitions');
    expect(ids(ctx('platform', ['tenant:create'], 'platform'))).not.toContain('definitions');
    expect(ids(ctx('network', ['*']))).not.toContain('definitions');
  });

  it('opens the settings to whoever may publish indicators', () => {
    expect(ids(ctx('organisation', ['indicator:publish'], 'org'))).toContain('admin');
  });
});
