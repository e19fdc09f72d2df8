import { LitElement, html } from 'lit';
import { ApiError } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { switchModule } from '../modules/module-source';
import { tenantChanged } from '../core/tenant-changes';
import { worksHere } from '../shell/menu-items';

/** Modules on or off for this tenant; at a chapter, a module kept at the organisation is named, not offered. A change reloads the shared context, so menus follow at once,
 * even when the person has already left this panel by the time the server answers. */
export class ModulesPanel extends LitElement {
  static override properties = { ctx: { attribute: false }, error: { state: true }, busy: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare error: string;
  declare busy: string;

  constructor() {
    super();
    new LocaleController(this);
    this.error = '';
    this.busy = '';
  }

  private async toggle(box: HTMLInputElement, id: string): Promise<void> {
    const enabled = box.checked;
    const slug = this.ctx.tenant.slug;
    this.busy = id;
    this.error = '';
    try {
      await switchModule(slug, id, enabled);
      tenantChanged(slug);
    } catch (e) {
      box.checked = !enabled;
      this.error = e instanceof ApiError && e.status === 409 ? t('modules.notAllowed')
        : e instanceof ApiError && e.status === 403 ? t('error.forbidden') : t('error.save');
    } finally {
      this.busy = '';
    }
  }

  override render() {
    return html`
      <h2>${t('admin.modules')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <ul class="list">
        ${this.ctx.modules.map((m) => !worksHere(this.ctx, m) ? html`<li data-kept=${m.id}>
          ${pick(m.names)} <span class="muted">${t('home.keptAtOrganisation')}</span>
        </li>` : html`<li>
          <label class="check">
            <input type="checkbox" role="switch" data-module=${m.id} .checked=${m.enabled} ?disabled=${this.busy === m.id}
              @change=${(e: Event) => this.toggle(e.target as HTMLInputElement, m.id)} />
            ${pick(m.names)} <span class="muted">${m.enabled ? t('modules.on') : t('modules.off')}</span>
          </label>
        </li>`)}
      </ul>
      ${this.ctx.modules.length === 0 ? html`<p class="muted">${t('modules.none')}</p>` : ''}
    `;
  }
}

customElements.define('modules-panel', ModulesPanel);
