import type { TenantContext, TenantView } from '../core/tenant-context';

/** Helpers the network screens' tests share (not part of the app: only *.test.ts import this). */
export const answer = (body: unknown, status = 200) => new Response(body === null ? null : JSON.stringify(body),
  { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const problem = (status: number, detail: string, code?: string, field?: string) =>
  answer({ status, detail, code, field }, status);

export const ctx = (type: TenantView['type'], permissions: string[], slug = 'net'): TenantContext => ({
  tenant: { slug, type, status: 'active', parent: 'platform', names: { km: 'បណ្ដាញ', en: 'Net' }, children: [], modules: [] },
  modules: [],
  grants: { permissions },
});

export type Screen = HTMLElement & { updateComplete: Promise<boolean> };

/** An element as the app makes it: properties set first, then put on the page. */
export const place = (tag: string, props: object = {}): Screen => {
  const element = Object.assign(document.createElement(tag), props) as unknown as Screen;
  document.body.append(element);
  return element;
};

export const settle = async (element: Screen) => {
  for (let i = 0; i < 4; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
};

export const inside = <T extends Element = HTMLElement>(element: Element, selector: string): T =>
  element.shadowRoot!.querySelector(selector) as T;
