import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { tenantChanged } from '../core/tenant-changes';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';

interface Lockdown {
  tenant: string;
  locked: boolean;
  waitingForSecondAdmin: boolean;
}

/** Locks a chapter down after a raid or a seized phone; lifting it takes two different admins. */
export class LockdownPanel extends LitElement {
  static override properties = { ctx: { attribute: false }, said: { state: true }, error: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare said: string;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.said = '';
    this.error = '';
  }

  private async call(path: string): Promise<void> {
    const slug = this.ctx.tenant.slug;
    this.error = '';
    try {
      const state = await api<Lockdown>('POST', `/api/t/${seg(slug)}/lockdown${path}`);
      this.said = !state.locked ? t('lockdown.lifted') : state.waitingForSecondAdmin ? t('lockdown.waiting') : t('lockdown.locked');
      tenantChanged(slug);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 409 && path ? t('lockdown.secondAdmin')
        : e instanceof ApiError && e.status === 403 ? t('error.forbidden') : explainProblem(e);
    }
  }

  private lock(): void {
    if (confirm(t('lockdown.confirm'))) this.call('');
  }

  override render() {
    const locked = this.ctx.tenant.status === 'locked';
    return html`
      <h2>${t('admin.lockdown')}</h2>
      <p>${t('lockdown.explain')}</p>
      <p><strong>${locked ? t('lockdown.stateLocked') : t('lockdown.stateOpen')}</strong></p>
      <p role="status">${this.said}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <div class="row">
        <button class="danger" @click=${this.lock}>${t('lockdown.lock')}</button>
        <button class="secondary" @click=${() => this.call('/lift')}>${t('lockdown.lift')}</button>
      </div>
    `;
  }
}

customElements.define('lockdown-panel', LockdownPanel);
