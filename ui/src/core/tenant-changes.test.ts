import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from './tenant-context';
import { onTenantChanged } from './tenant-changes';
import '../admin/modules-panel';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a module switched on', () => {
  it('has the context reloaded even when the person left the panel before the server answered', async () => {
    let answer!: (r: Response) => void;
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise<Response>((r) => (answer = r)));
    const changed = vi.fn();
    const forget = onTenantChanged(changed);
    const ctx: TenantContext = {
      tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' }, children: [], modules: [] },
      modules: [{ id: 'legal-aid', version: '1', names: { km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' }, enabled: false, ui: null }],
      grants: { permissions: ['tenant:modules:manage'] },
    };
    const panel = Object.assign(document.createElement('modules-panel'), { ctx }) as unknown as
      HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(panel);
    await panel.updateComplete;
    const box = panel.shadowRoot!.querySelector<HTMLInputElement>('input[data-module=legal-aid]')!;
    box.click();
    panel.remove();
    answer(new Response(JSON.stringify({ id: 'legal-aid', enabled: true }), { status: 200 }));
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith('wnu'));
    forget();
  });
});
