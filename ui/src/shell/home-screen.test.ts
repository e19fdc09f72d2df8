import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TenantContext, TenantView } from '../core/tenant-context';
import { setKhmerDigits, setLanguage } from '../i18n/locale';
import type { ModuleUiDefinition } from '../modules/ui-definition';
import { answer, inside, place, settle } from '../network/test-support';
import { menuGroups, menuItems, viewWorksHere } from './menu-items';
import './home-screen';
import './digits-switch';
import '../admin/modules-panel';

// the definitions the plugins ship: what they declare about levels, icons and counts is what is drawn here
const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(process.cwd(), `../plugins/${id}/src/main/resources/ui/${id}.json`), 'utf8'));
const legalAid = definition('legal-aid');
const unionDues = definition('union-dues');

const ADMIN = ['member:read', 'member:approve', 'legal:case:read', 'dues:payment:record', 'dues:report:read',
  'dues:plan:manage', 'tenant:modules:manage'];

function ctx(type: TenantView['type'], permissions: string[], member = false): TenantContext {
  const slug = type === 'chapter' ? 'wnu-kampot' : 'wnu';
  return {
    tenant: { slug, type, status: 'active', parent: type === 'chapter' ? 'wnu' : 'platform', names: { km: 'ក', en: 'W' },
      children: [], modules: ['legal-aid', 'union-dues'] },
    modules: [
      { id: 'legal-aid', version: '1', names: { km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' }, enabled: true,
        levels: ['organisation', 'chapter'], ui: legalAid },
      { id: 'union-dues', version: '1', names: { km: 'វិភាគទានសហជីព', en: 'Union dues' }, enabled: true,
        levels: ['organisation', 'chapter'], ui: unionDues },
    ],
    grants: { permissions, member },
  };
}

describe('where a module works', () => {
  it('shows union dues, kept at the organisation, at a chapter only for its own members\' payments and a member\'s own dues', () => {
    const admin = menuItems(ctx('chapter', ADMIN)).map((i) => i.id);
    expect(admin.filter((id) => id.startsWith('union-dues')))
      .toEqual(['union-dues-payments', 'union-dues-receipts', 'union-dues-arrears']);
    expect(admin).toContain('legal-aid-cases');
    const member = menuItems(ctx('chapter', [], true)).map((i) => i.id);
    expect(member).toEqual(['legal-aid-my-cases', 'legal-aid-my-trainings', 'union-dues-mine']);
  });

  it('opens at a chapter the forms reached from a chapter\'s dues screens, and nothing kept at the organisation', () => {
    const chapter = ctx('chapter', ADMIN);
    const dues = chapter.modules.find((m) => m.id === 'union-dues')!;
    expect(['payments', 'payment-new', 'receipt', 'arrears', 'plans', 'plan-new', 'collections']
      .filter((view) => viewWorksHere(chapter, dues, view))).toEqual(['payments', 'payment-new', 'receipt', 'arrears']);
  });

  it('offers the team leaders\' picture at the organisation to those who may read it, never at a chapter', () => {
    expect(menuItems(ctx('organisation', ['team-leader:read'])).map((i) => i.id)).toContain('team-leaders');
    expect(menuItems(ctx('organisation', ADMIN)).map((i) => i.id)).not.toContain('team-leaders');
    expect(menuItems(ctx('chapter', ['team-leader:read'])).map((i) => i.id)).not.toContain('team-leaders');
  });

  it('shows every union dues screen the caller may open at the organisation', () => {
    const ids = menuItems(ctx('organisation', ADMIN)).map((i) => i.id);
    expect(ids).toContain('union-dues-payments');
    expect(ids).toContain('union-dues-arrears');
    expect(ids).not.toContain('union-dues-mine');
  });

  it('groups the screens by module, with the module\'s icon and the counts its permissions allow', () => {
    const groups = menuGroups(ctx('organisation', ADMIN));
    expect(groups.map((g) => g.id)).toEqual(['register', 'legal-aid', 'union-dues', 'running']);
    const legal = groups.find((g) => g.id === 'legal-aid')!;
    expect(typeof legal.icon === 'object' && legal.icon.path.startsWith('M')).toBe(true);
    expect(legal.counts.map((c) => c.source)).toEqual(['/api/t/wnu/legal-aid/detentions/held-now']);
    expect(groups.find((g) => g.id === 'union-dues')!.counts.map((c) => c.source)).toEqual(['/api/t/wnu/union-dues/arrears/count']);
    expect(groups[0].counts.map((c) => c.source)).toEqual(['/api/t/wnu/registrations/count']);
    const chapter = menuGroups(ctx('chapter', ADMIN));
    expect(chapter.map((g) => g.id)).toEqual(['register', 'legal-aid', 'union-dues', 'running']);
    expect(menuGroups(ctx('organisation', ['member:read'])).flatMap((g) => g.counts)).toEqual([]);
  });
});

describe('the home screen', () => {
  beforeEach(() => setLanguage('km'));
  afterEach(() => {
    setKhmerDigits(false);
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows each count that answers, in Khmer digits when chosen, and leaves out one that fails', async () => {
    setKhmerDigits(true);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => String(url).includes('held-now') ? answer({ count: 3 })
      : String(url).includes('registrations') ? answer({ count: 12 }) : answer({ status: 500, detail: 'x' }, 500));
    const home = place('home-screen', { ctx: ctx('organisation', ADMIN) });
    await settle(home);
    const counts = [...home.shadowRoot!.querySelectorAll('[data-count]')].map((c) => [c.getAttribute('data-count'), c.textContent]);
    expect(counts).toEqual([['core.pending', '១២ កំពុងរង់ចាំការអនុម័ត'], ['legal-aid.held-now', '៣ មនុស្សកំពុងជាប់ឃុំឥឡូវនេះ']]);
    expect(inside(home, '[data-count="legal-aid.held-now"]').getAttribute('href')).toBe('#/t/wnu/m/legal-aid/detention-queue');
    const headings = [...home.shadowRoot!.querySelectorAll('section h2')].map((h) => h.textContent!.trim());
    expect(headings).toEqual(['សមាជិក', 'ជំនួយផ្លូវច្បាប់', 'វិភាគទានសហជីព', 'ការគ្រប់គ្រងក្រុម']);
  });

  it('offers no switch at a chapter for a module none of whose screens works there', async () => {
    const chapter = ctx('chapter', ADMIN);
    chapter.modules[1] = { ...chapter.modules[1], levels: ['organisation'] };
    const panel = place('modules-panel', { ctx: chapter });
    await settle(panel);
    expect(inside(panel, 'input[data-module=union-dues]')).toBeNull();
    expect(inside(panel, 'li[data-kept=union-dues]').textContent).toContain('រក្សាទុកនៅអង្គការ');
    expect(inside(panel, 'input[data-module=legal-aid]')).not.toBeNull();
  });
});

describe('the digits switch', () => {
  afterEach(() => {
    setKhmerDigits(false);
    document.body.innerHTML = '';
  });

  it('is a visible pressed-or-not button in Khmer, and absent in English', async () => {
    setLanguage('km');
    const toggle = place('digits-switch');
    await settle(toggle);
    const button = inside<HTMLButtonElement>(toggle, 'button');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.textContent).toContain('០១២');
    button.click();
    await settle(toggle);
    expect(inside(toggle, 'button').getAttribute('aria-pressed')).toBe('true');
    setLanguage('en');
    await settle(toggle);
    expect(inside(toggle, 'button')).toBeNull();
  });
});

describe('a bookmark to a screen kept at the organisation', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says where the screen is kept instead of failing to load at a chapter', async () => {
    setLanguage('en');
    await import('../modules/module-screen');
    const fetch = vi.spyOn(globalThis, 'fetch');
    const screen = place('module-screen', { ctx: ctx('chapter', ADMIN, true), moduleId: 'union-dues', viewId: 'plans' });
    await settle(screen);
    expect(inside(screen, '#kept-elsewhere').textContent).toBe('Kept at the organisation: open it there.');
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockResolvedValue(answer([]));
    const mine = place('module-screen', { ctx: ctx('chapter', [], true), moduleId: 'union-dues', viewId: 'my-standing' });
    await settle(mine);
    expect(inside(mine, '#kept-elsewhere')).toBeNull();
    expect(String(fetch.mock.calls[0][0])).toMatch(/^\/api\/t\/wnu-kampot\/union-dues\/my-standing/);
    fetch.mockRestore();
  });
});
