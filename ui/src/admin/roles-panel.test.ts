import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, problem, settle } from '../network/test-support';
import './roles-panel';

const kampot = () => {
  const c = ctx('chapter', ['role:manage'], 'wnu-kampot');
  return { ...c, tenant: { ...c.tenant, parent: 'wnu', names: { km: 'សាខាកំពត', en: 'Kampot chapter' } } };
};
const roles = {
  roles: [
    { role: 'treasurer', permissions: ['tenant:read'], setAt: 'wnu', editable: true },
    { role: 'organiser', permissions: ['tenant:read'], setAt: 'wnu-kampot', editable: true },
  ],
  catalogue: { 'tenant:read': 'See the tenant' },
};

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the roles panel', () => {
  it('says where a setting is in force by the place\'s name and a saved role by its Khmer name, never a code', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      if (String(url) === '/api/tenants/wnu') {
        return answer({ slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform',
          names: { km: 'សហជីពកម្មករ', en: 'Workers union' }, children: [], modules: [] });
      }
      return answer(init?.method === 'PUT' ? roles.roles[0] : roles);
    });
    const screen = place('roles-panel', { ctx: kampot() });
    await settle(screen);
    await settle(screen);
    const summaries = [...screen.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(summaries).toEqual(['ហិរញ្ញិក កំណត់នៅ សហជីពកម្មករ', 'អ្នករៀបចំ កំណត់នៅ សាខាកំពត']);

    inside<HTMLFormElement>(screen, 'form').requestSubmit();
    await settle(screen);
    await settle(screen);
    expect(inside(screen, 'p[role=status]').textContent).toBe('បានរក្សាទុក៖ ហិរញ្ញិក។');
  });

  it('says a refusal is a refusal, and "check your connection" only when the server was not reached', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) =>
      (init?.method === 'PUT' ? problem(400, 'permissions: unknown permission x:y') : answer(roles)));
    const screen = place('roles-panel', { ctx: kampot() });
    await settle(screen);
    inside<HTMLFormElement>(screen, 'form').requestSubmit();
    await settle(screen);
    await settle(screen);
    expect(inside(screen, 'p.error').textContent).toBe('មិនត្រូវបានទទួលយកទេ។ សូមពិនិត្យអ្វីដែលអ្នកបានសរសេរ។');
    expect(screen.shadowRoot!.textContent).not.toContain('unknown permission');

    fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    inside<HTMLFormElement>(screen, 'form').requestSubmit();
    await settle(screen);
    await settle(screen);
    expect(inside(screen, 'p.error').textContent).toContain('ពិនិត្យការតភ្ជាប់');
  });
});
