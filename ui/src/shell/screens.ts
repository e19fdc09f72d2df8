import { html, type TemplateResult } from 'lit';
import type { Route } from '../core/router';
import type { TenantContext } from '../core/tenant-context';
import { connectionLost } from '../core/connection';
import { t } from '../i18n/locale';
import { WELCOME_ROUTE } from '../network/admin-invite-link';
import { PASSWORD_ROUTE } from '../passwords/password-route';
import '../login/login-screen';
import '../register/join-screen';
import './home-screen';

// screens that a member on a slow line rarely needs are fetched when first opened
const lazy: Record<string, () => Promise<unknown>> = {
  members: () => import('../members/member-register'),
  member: () => import('../members/member-detail'),
  memberNew: () => import('../members/member-form'),
  approvals: () => import('../approvals/approval-queue'),
  teamLeaders: () => import('../team-leaders/team-leaders-screen'),
  tenants: () => import('../tenants/tenant-tree'),
  admin: () => import('../admin/admin-console'),
  module: () => import('../modules/module-screen'),
  welcome: () => import('../network/admin-invite-accept'),
  dashboard: () => import('../network/network-dashboard'),
  definitions: () => import('../network/tenant-definitions'),
  twoStep: () => import('../account/two-step-screen'),
  password: () => import('../passwords/password-change'),
};
const requested = new Set<string>();
const RETRY_MS = [500, 1500, 4000];

/**
 * Fetches a screen's code once. A fetch that fails (the line dropped as the screen opened) is tried
 * again by itself a few times, then waits for the banner's "try again": without its code the screen
 * would stay blank. Once the code arrives, the screen already on the page comes to life.
 */
export function ensure(name: string, attempt = 0): void {
  if (requested.has(name)) return;
  requested.add(name);
  lazy[name]().catch(() => {
    requested.delete(name);
    if (attempt < RETRY_MS.length) setTimeout(() => ensure(name, attempt + 1), RETRY_MS[attempt]);
    else connectionLost(lazy[name], () => ensure(name));
  });
}

/** The screen for a route. Screens under /t/{slug} wait for that tenant's context. */
export function renderScreen(route: Route, ctx: TenantContext | null): TemplateResult {
  const [first, slug, section, a, b] = route.parts;
  if (first === 'login') return html`<login-screen .group=${slug ?? ''}></login-screen>`;
  if (first === PASSWORD_ROUTE) return ensure('password'), html`<password-change></password-change>`;
  if (first === 'join') return html`<join-screen .tenant=${slug ?? ''} .code=${section ?? ''}></join-screen>`;
  if (first === WELCOME_ROUTE) return ensure('welcome'), html`<admin-invite-accept .parts=${route.parts}></admin-invite-accept>`;
  if (first !== 't' || !slug) return html``;
  if (!ctx) return html`<p role="status">${t('common.loading')}</p>`;
  switch (section) {
    case undefined:
      return html`<home-screen .ctx=${ctx}></home-screen>`;
    case 'members':
      if (a === 'new') return ensure('memberNew'), html`<member-form .ctx=${ctx}></member-form>`;
      if (a) return ensure('member'), html`<member-detail .ctx=${ctx} .memberId=${a}></member-detail>`;
      return ensure('members'), html`<member-register .ctx=${ctx}></member-register>`;
    case 'approvals':
      return ensure('approvals'), html`<approval-queue .ctx=${ctx}></approval-queue>`;
    case 'team-leaders':
      return ensure('teamLeaders'), html`<team-leaders-screen .ctx=${ctx}></team-leaders-screen>`;
    case 'tenants':
      return ensure('tenants'), html`<tenant-tree .ctx=${ctx}></tenant-tree>`;
    case 'dashboard':
      return ensure('dashboard'), html`<network-dashboard .ctx=${ctx}></network-dashboard>`;
    case 'definitions':
      return ensure('definitions'), html`<tenant-definitions .ctx=${ctx}></tenant-definitions>`;
    case 'two-step':
      return ensure('twoStep'), html`<two-step-screen .ctx=${ctx}></two-step-screen>`;
    case 'admin':
      return ensure('admin'), html`<admin-console .ctx=${ctx} .panel=${a ?? ''}></admin-console>`;
    case 'm':
      return ensure('module'), html`<module-screen .ctx=${ctx} .moduleId=${a ?? ''} .viewId=${b ?? ''}
        .recordId=${route.parts[5] ?? ''} .itemId=${route.parts[6] ?? ''}></module-screen>`;
    default:
      return html`<p>${t('error.notFound')}</p>`;
  }
}
