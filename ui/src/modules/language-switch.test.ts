import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../core/session';
import type { TenantContext } from '../core/tenant-context';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, settle, type Screen } from '../network/test-support';
import { definePluginElement, pluginFile } from './plugin-element-support';
import type { ModuleUiDefinition } from './ui-definition';
import './module-screen';

// A teacher who switches the language halfway through taking attendance keeps her taps: the
// screen is drawn again in the other language, not loaded again from the server.
const education: ModuleUiDefinition = JSON.parse(pluginFile('education', 'education.json'));
const roster = [{ childId: 31, name: 'Dara' }, { childId: 32, name: 'Sophea' }];

const teacher: TenantContext = {
  tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' },
    children: [], modules: ['education'] },
  modules: [{ id: 'education', version: '1', names: { km: 'ការអប់រំ', en: 'Education' }, enabled: true,
    levels: ['organisation'], ui: education }],
  grants: { permissions: ['edu:attendance:take', 'edu:child:write'] },
};

beforeAll(() => definePluginElement('education', 'attendance.js', 'education-attendance'));
beforeEach(() => {
  setLanguage('km');
  startSession({ token: 'teacher-token', tenant: 'wnu', accountId: 4, expiresAt: '2999-01-01T00:00:00Z' }, false);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function settleAll(screen: Screen): Promise<void> {
  await settle(screen);
  await settle(inside<Screen>(screen, 'module-element'));
}

describe('switching the language on a module\'s own screen', () => {
  it('keeps the attendance taps not yet sent, and asks the server nothing again', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(roster));
    const screen = place('module-screen', { ctx: teacher, moduleId: 'education', viewId: 'attendance', recordId: '7' });
    await settleAll(screen);
    const sheet = inside(inside(screen, 'module-element'), 'education-attendance');
    const late = () => sheet.querySelector<HTMLButtonElement>('li[data-child="31"] button[data-mark="LATE"]')!;
    expect(late().textContent).toBe('យឺត');
    late().click();
    expect(late().getAttribute('aria-pressed')).toBe('true');
    const asked = fetch.mock.calls.length;

    setLanguage('en');
    await settleAll(screen);

    expect(inside(inside(screen, 'module-element'), 'education-attendance')).toBe(sheet);
    expect(late().textContent).toBe('Late');
    expect(late().getAttribute('aria-pressed')).toBe('true');
    expect(fetch.mock.calls.length).toBe(asked);
  });

  it('keeps what is typed into a form whose choices come from the server, without asking again', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      answer([{ id: 3, name: 'Centre A' }]));
    const screen = place('module-screen', { ctx: teacher, moduleId: 'education', viewId: 'child-new' });
    await settle(screen);
    const form = inside<Screen>(screen, 'module-form');
    await settle(form);
    const name = () => inside<HTMLInputElement>(form, 'input[name="name"]');
    name().value = 'Dara';
    const asked = fetch.mock.calls.length;

    setLanguage('en');
    await settle(screen);
    await settle(form);

    expect(inside(screen, 'module-form')).toBe(form);
    expect(name().value).toBe('Dara');
    expect(fetch.mock.calls.length).toBe(asked);
  });
});
