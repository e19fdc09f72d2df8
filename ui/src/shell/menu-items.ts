import { seg } from '../core/api';
import { can } from '../core/grants';
import { href } from '../core/router';
import { holdsRegister, type TenantContext } from '../core/tenant-context';
import { pick, t } from '../i18n/locale';
import { resourcePath, type TenantModule } from '../modules/module-source';
import type { TenantLevel } from '../modules/ui-definition';
import type { IconName } from './icons';

export interface MenuItem {
  id: string;
  label: string;
  href: string;
  /** The core's screens have their own; a module's share the module's icon, on its group. */
  icon?: IconName;
}

/** A number that matters on the home screen, read from `source` ({count}) when the screen opens. */
export interface CountTile {
  id: string;
  label: string;
  source: string;
  href?: string;
}

/** The screens of one part of the app (the register, a module, running the group), with its counts. */
export interface MenuGroup {
  id: string;
  label: string;
  /** One of the app's icons, or a module's own line drawing (SVG path data). */
  icon: IconName | { path: string };
  items: MenuItem[];
  counts: CountTile[];
}

const ADMIN_PERMISSIONS = ['tenant:modules:manage', 'role:manage', 'account:create', 'audit:read', 'invite:manage',
  'tenant:lockdown', 'indicator:publish'];
const BOTH_LEVELS: TenantLevel[] = ['organisation', 'chapter'];

/** The level of a tenant that holds data, or null (a network, the platform) where no module works. */
function levelOf(ctx: TenantContext): TenantLevel | null {
  const type = ctx.tenant.type;
  return type === 'organisation' || type === 'chapter' ? type : null;
}

/** Whether any screen of the module works at this tenant's level (so a chapter is offered its switch). */
export function worksHere(ctx: TenantContext, module: TenantModule): boolean {
  const level = levelOf(ctx);
  return level !== null && (module.levels ?? BOTH_LEVELS).includes(level);
}

/**
 * Whether a module's view works at this tenant's level: the module's levels say so, or a menu entry opening that
 * view says it works here (union dues' "My dues" at a chapter), or the view is opened by an action of such a
 * menu entry's view (recording a payment from a chapter's payments). A bookmark to anything else says where it is
 * kept.
 */
export function viewWorksHere(ctx: TenantContext, module: TenantModule, viewId: string): boolean {
  const level = levelOf(ctx);
  const ui = module.ui;
  if (level === null || !ui) return false;
  if ((ui.levels ?? BOTH_LEVELS).includes(level)) return true;
  const entered = ui.menu.filter((entry) => (entry.levels ?? []).includes(level)).map((entry) => entry.view);
  if (entered.includes(viewId)) return true;
  return ui.views.some((view) => entered.includes(view.id) && (view.actions ?? []).some((a) => a.view === viewId));
}

function moduleGroup(ctx: TenantContext, module: TenantModule): MenuGroup | null {
  const ui = module.ui;
  const level = levelOf(ctx);
  if (!module.enabled || !ui || level === null) return null;
  const slug = ctx.tenant.slug;
  const here = (levels: TenantLevel[] | undefined) => (levels ?? ui.levels ?? BOTH_LEVELS).includes(level);
  const items = ui.menu
    .filter((entry) => here(entry.levels) && can(ctx.grants, entry.permission) && (!entry.forMembers || ctx.grants.member === true))
    .map((entry): MenuItem => ({ id: entry.id, label: pick(entry.label), href: href('t', slug, 'm', module.id, entry.view) }));
  const counts = (ui.home?.counts ?? [])
    .filter((count) => here(count.levels) && can(ctx.grants, count.permission))
    .map((count): CountTile => ({
      id: `${module.id}.${count.id}`,
      label: pick(count.label),
      source: resourcePath(slug, module.id, count.resource),
      href: count.view ? href('t', slug, 'm', module.id, count.view) : undefined,
    }));
  if (items.length === 0 && counts.length === 0) return null;
  const icon = ui.home?.icon ? { path: ui.home.icon } : 'folder';
  return { id: module.id, label: pick(module.names), icon, items, counts };
}

function registerGroup(ctx: TenantContext): MenuGroup | null {
  const { tenant, grants } = ctx;
  if (!holdsRegister(tenant)) return null;
  const items: MenuItem[] = [];
  const counts: CountTile[] = [];
  if (can(grants, 'member:read')) {
    items.push({ id: 'members', label: t('menu.members'), href: href('t', tenant.slug, 'members'), icon: 'people' });
  }
  if (can(grants, 'member:approve')) {
    const approvals = href('t', tenant.slug, 'approvals');
    items.push({ id: 'approvals', label: t('menu.approvals'), href: approvals, icon: 'check' });
    counts.push({ id: 'core.pending', label: t('home.pending'), source: `/api/t/${seg(tenant.slug)}/registrations/count`, href: approvals });
  }
  return items.length ? { id: 'register', label: t('menu.members'), icon: 'people', items, counts } : null;
}

function runningGroup(ctx: TenantContext): MenuGroup | null {
  const { tenant, grants } = ctx;
  const slug = tenant.slug;
  const items: MenuItem[] = [];
  if (tenant.children.length > 0 || tenant.type === 'network' || tenant.type === 'platform') {
    items.push({ id: 'tenants', label: t('menu.tenants'), href: href('t', slug, 'tenants'), icon: 'tree' });
  }
  if (tenant.type === 'organisation' && can(grants, 'team-leader:read')) {
    items.push({ id: 'team-leaders', label: t('menu.teamLeaders'), href: href('t', slug, 'team-leaders'), icon: 'people' });
  }
  if (tenant.type === 'network' && can(grants, 'network:dashboard:read')) {
    items.push({ id: 'dashboard', label: t('menu.dashboard'), href: href('t', slug, 'dashboard'), icon: 'chart' });
  }
  if (tenant.type === 'platform' && can(grants, 'tenant:define')) {
    items.push({ id: 'definitions', label: t('menu.definitions'), href: href('t', slug, 'definitions'), icon: 'file' });
  }
  if (ADMIN_PERMISSIONS.some((p) => can(grants, p))) {
    items.push({ id: 'admin', label: t('menu.admin'), href: href('t', slug, 'admin'), icon: 'gear' });
  }
  return items.length ? { id: 'running', label: t('home.running'), icon: 'gear', items, counts: [] } : null;
}

/** The home screen's groups: the register, each switched-on module that has something here for this caller, then
 *  running the group. A module's entries show only at the levels where they work, and a member's own only to members. */
export function menuGroups(ctx: TenantContext): MenuGroup[] {
  const groups = [registerGroup(ctx), ...ctx.modules.map((m) => moduleGroup(ctx, m)), runningGroup(ctx)];
  return groups.filter((g): g is MenuGroup => g !== null);
}

/** The screens this caller may open here, in the home screen's order. */
export function menuItems(ctx: TenantContext): MenuItem[] {
  return menuGroups(ctx).flatMap((g) => g.items);
}
