import { LitElement, css, html } from 'lit';
import { api, seg } from '../core/api';
import { refusalStatus } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import '../admin/invite-qr';
import { adminInviteLink } from './admin-invite-link';

/** POST /api/t/{tenant}/admin-invites answers this once; the code is never shown again. */
interface IssuedAdminInvite {
  tenant: string;
  kind: string;
  code: string;
  expiresAt: string;
}

/**
 * A button that makes a one-time invite for an admin of `tenant` and shows it: the link (to copy),
 * its QR code and until when it works. Used where tenants are made (the first admin of a new
 * network or organisation) and in a tenant's accounts (one more admin). The server decides who may.
 */
export class AdminInviteIssue extends LitElement {
  static override properties = {
    tenant: { type: String }, name: { type: String },
    issued: { state: true }, error: { state: true }, busy: { state: true }, copied: { state: true },
  };
  static override styles = [shared, css`
    .link { font-family: ui-monospace, monospace, 'Noto Sans Khmer'; font-size: 0.95rem; }
    invite-qr { margin: 0.4em 0; }
  `];

  declare tenant: string;
  /** The tenant's name as the person knows it, for the button's and the result's wording. */
  declare name: string;
  declare issued: IssuedAdminInvite | null;
  declare error: string;
  declare busy: boolean;
  declare copied: string;
  private forget?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.tenant = '';
    this.name = '';
    this.issued = null;
    this.error = '';
    this.busy = false;
    this.copied = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => (this.issued = null));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget?.();
    // the code is shown once: leaving the screen forgets it
    this.issued = null;
  }

  private async issue(): Promise<void> {
    this.busy = true;
    this.error = '';
    this.copied = '';
    try {
      this.issued = await api<IssuedAdminInvite>('POST', `/api/t/${seg(this.tenant)}/admin-invites`);
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#issued-title')?.focus();
    } catch (e) {
      const status = refusalStatus(e);
      this.error = status === 403 ? t('adminInvite.notNow') : status === 0 ? t('error.network') : t('error.save');
    } finally {
      this.busy = false;
    }
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = t('adminInvite.copied');
    } catch {
      const field = this.shadowRoot?.querySelector<HTMLInputElement>('#admin-invite-link');
      field?.select();
      this.copied = t('adminInvite.copyFailed');
    }
  }

  override render() {
    const name = this.name || this.tenant;
    if (!this.issued) {
      return html`
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.issue}
          aria-label=${t('adminInvite.makeFor', { name })}>${t('adminInvite.make')}</button>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      `;
    }
    const link = adminInviteLink(location.origin, { tenant: this.issued.tenant, code: this.issued.code });
    return html`<section class="notice" aria-labelledby="issued-title">
      <h3 id="issued-title" tabindex="-1">${t('adminInvite.issued', { name })}</h3>
      <p>${t('adminInvite.onceOnly')}</p>
      <invite-qr .url=${link}></invite-qr>
      <label for="admin-invite-link">${t('adminInvite.link')}</label>
      <input id="admin-invite-link" class="link" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <p class="row">
        <button type="button" @click=${() => this.copy(link)}>${t('adminInvite.copy')}</button>
        <span role="status">${this.copied}</span>
      </p>
      <p>${t('invites.expires', { when: formatDateTime(this.issued.expiresAt) })}</p>
    </section>`;
  }
}

customElements.define('admin-invite-issue', AdminInviteIssue);
