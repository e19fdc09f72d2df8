import { LitElement, css, html } from 'lit';
import { can } from '../core/grants';
import { href } from '../core/router';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import type { MessageKey } from '../i18n/en';
import { shared } from '../styles/shared';
import './modules-panel';
import './roles-panel';
import './accounts-panel';
import './invites-panel';
import './audit-panel';
import './lockdown-panel';
import '../network/indicators-panel';
import '../network/shared-lists-panel';

interface Panel {
  id: string;
  label: MessageKey;
  permission: string;
  where: (ctx: TenantContext) => boolean;
}

const holdsData = (ctx: TenantContext) => ctx.tenant.type === 'organisation' || ctx.tenant.type === 'chapter';
const PANELS: Panel[] = [
  { id: 'modules', label: 'admin.modules', permission: 'tenant:modules:manage', where: holdsData },
  { id: 'roles', label: 'admin.roles', permission: 'role:manage', where: () => true },
  { id: 'accounts', label: 'admin.accounts', permission: 'account:create', where: () => true },
  { id: 'invites', label: 'admin.invites', permission: 'invite:manage', where: holdsData },
  { id: 'indicators', label: 'admin.indicators', permission: 'indicator:publish',
    where: (ctx) => ctx.tenant.type === 'organisation' },
  { id: 'audit', label: 'admin.audit', permission: 'audit:read', where: () => true },
  { id: 'lockdown', label: 'admin.lockdown', permission: 'tenant:lockdown', where: (ctx) => ctx.tenant.type === 'chapter' },
];

/** The admin console: one panel at a time, chosen from the panels this admin may use here. */
export class AdminConsole extends LitElement {
  static override properties = { ctx: { attribute: false }, panel: { type: String } };
  static override styles = [shared, css`
    nav ul { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; }
    a[aria-current='page'] { background: #1f5f7a; color: #fff; }
  `];

  declare ctx: TenantContext;
  declare panel: string;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const panels = PANELS.filter((p) => p.where(this.ctx) && can(this.ctx.grants, p.permission));
    const chosen = panels.find((p) => p.id === this.panel) ?? panels[0];
    const slug = this.ctx.tenant.slug;
    return html`
      <h1>${t('admin.title')}</h1>
      <nav aria-label=${t('admin.title')}><ul>
        ${panels.map((p) => html`<li><a class="button secondary" href=${href('t', slug, 'admin', p.id)}
          aria-current=${p === chosen ? 'page' : 'false'}>${t(p.label)}</a></li>`)}
      </ul></nav>
      ${this.renderPanel(chosen?.id)}
    `;
  }

  private renderPanel(id: string | undefined) {
    switch (id) {
      case 'modules': return html`<modules-panel .ctx=${this.ctx}></modules-panel>`;
      case 'roles': return html`<roles-panel .ctx=${this.ctx}></roles-panel>`;
      case 'accounts': return html`<accounts-panel .ctx=${this.ctx}></accounts-panel>`;
      case 'invites': return html`<invites-panel .ctx=${this.ctx}></invites-panel>`;
      case 'indicators': return html`<indicators-panel .ctx=${this.ctx}></indicators-panel>
        <shared-lists-panel .ctx=${this.ctx}></shared-lists-panel>`;
      case 'audit': return html`<audit-panel .ctx=${this.ctx}></audit-panel>`;
      case 'lockdown': return html`<lockdown-panel .ctx=${this.ctx}></lockdown-panel>`;
      default: return html`<p class="muted">${t('error.forbidden')}</p>`;
    }
  }
}

customElements.define('admin-console', AdminConsole);
