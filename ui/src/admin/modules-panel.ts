import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { switchModule } from '../modules/module-source';
import { tenantChanged } from '../core/tenant-changes';
import { worksHere } from '../shell/menu-items';

/**
 * Modules on or off for this tenant; at a chapter, a module kept at the organisation is named, not
 * offered. A change reloads the shared context, so menus follow at once, even when the person has
 * already left this panel by the time the server answers. Switching one off asks first, and says
 * that nothing of its data is deleted.
 */
export class ModulesPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, error: { state: true }, busy: { state: true }, confirming: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare error: string;
  declare busy: string;
  /** The module whose switching off waits for the person to confirm, or ''. */
  declare confirming: string;

  constructor() {
    super();
    new LocaleController(this);
    this.error = '';
    this.busy = '';
    this.confirming = '';
  }

  private changed(box: HTMLInputElement, id: string): void {
    if (box.checked) {
      this.confirming = '';
      void this.toggle(box, id);
      return;
    }
    // stays on until the person confirms below
    box.checked = true;
    this.error = '';
    this.confirming = id;
  }

  private async switchOff(id: string): Promise<void> {
    const box = this.shadowRoot?.querySelector<HTMLInputElement>(`input[data-module="${id}"]`);
    this.confirming = '';
    if (!box) return;
    box.checked = false;
    await this.toggle(box, id);
    box.focus();
  }

  private cancel(id: string): void {
    this.confirming = '';
    this.shadowRoot?.querySelector<HTMLInputElement>(`input[data-module="${id}"]`)?.focus();
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
        : e instanceof ApiError && e.status === 403 ? t('error.forbidden') : explainProblem(e);
    } finally {
      this.busy = '';
    }
  }

  /** The question before a module goes off, with what happens to its data. */
  private renderConfirm(id: string, name: string) {
    return html`<div class="confirm" role="alertdialog" aria-labelledby="off-title" aria-describedby="off-text" id="confirm-off">
      <p id="off-title"><strong>${t('access.moduleOffTitle', { module: name })}</strong></p>
      <p id="off-text">${t('access.moduleOffText')}</p>
      <p><button type="button" class="danger" id="confirm-off-yes" @click=${() => this.switchOff(id)}>
          ${t('access.moduleOffConfirm')}</button>
        <button type="button" class="secondary" id="confirm-off-no" @click=${() => this.cancel(id)}>${t('common.cancel')}</button></p>
    </div>`;
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
              @change=${(e: Event) => this.changed(e.target as HTMLInputElement, m.id)} />
            ${pick(m.names)} <span class="muted">${m.enabled ? t('modules.on') : t('modules.off')}</span>
          </label>
          ${this.confirming === m.id ? this.renderConfirm(m.id, pick(m.names)) : ''}
        </li>`)}
      </ul>
      ${this.ctx.modules.length === 0 ? html`<p class="muted">${t('modules.none')}</p>` : ''}
    `;
  }
}

customElements.define('modules-panel', ModulesPanel);
