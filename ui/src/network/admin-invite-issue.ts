import { LitElement, css, html, type PropertyValues } from 'lit';
import { explainProblem } from '../core/problem-words';
import { api, seg } from '../core/api';
import { refusalStatus } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import '../admin/invite-qr';
import { adminInviteLink } from './admin-invite-link';
import { loadOpenInvites, renderOpenInvites, withdrawInvite, type OpenAdminInvite, type OpenAdminInvites } from './admin-invites-open';

/** POST /api/t/{tenant}/admin-invites answers this once; the code is never shown again. */
interface IssuedAdminInvite {
  id: number;
  tenant: string;
  kind: string;
  code: string;
  expiresAt: string;
}

/**
 * A button that makes a one-time invite for an admin of `tenant` and shows it: the link (to copy),
 * its QR code and until when it works; below, the invites still open, each with a Withdraw button
 * (a leaked link is made useless at once). Used where tenants are made (the first admin of a new
 * network or organisation) and in a tenant's accounts (one more admin). The server decides who may:
 * its list says whether this person may invite now, or whether the group has its admin already.
 */
export class AdminInviteIssue extends LitElement {
  static override properties = {
    tenant: { type: String }, name: { type: String },
    issued: { state: true }, error: { state: true }, busy: { state: true }, copied: { state: true },
    open: { state: true }, refused: { state: true }, status: { state: true },
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
  /** The server's list; null until it answers (or when it could not be asked). */
  declare open: OpenAdminInvites | null;
  /** The server refused the list: this person handles no admin invites here. */
  declare refused: boolean;
  declare status: string;
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
    this.open = null;
    this.refused = false;
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => (this.issued = null));
    // back on the page: the list may have changed meanwhile (the first time, updated() asks)
    if (this.hasUpdated && this.tenant) void this.load();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('tenant') && this.tenant) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.open = await loadOpenInvites(this.tenant);
      this.refused = false;
    } catch (e) {
      this.open = null;
      this.refused = refusalStatus(e) === 403;
    }
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
      await this.load();
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#issued-title')?.focus();
    } catch (e) {
      const status = refusalStatus(e);
      if (status === 403) {
        // asked again: the list then says why (the group has its admin now) and the button goes
        await this.load();
        this.error = this.open && !this.open.mayIssue ? '' : t('error.forbidden');
      } else {
        this.error = status === 0 ? t('error.network') : explainProblem(e);
      }
    } finally {
      this.busy = false;
    }
  }

  private async withdraw(invite: OpenAdminInvite): Promise<void> {
    if (!confirm(t('adminInvite.confirmWithdraw', { when: formatDateTime(invite.createdAt) }))) return;
    this.busy = true;
    this.error = '';
    this.status = '';
    try {
      await withdrawInvite(this.tenant, invite.id);
      if (this.issued?.id === invite.id) this.issued = null;
      this.status = t('adminInvite.withdrawnNow');
    } catch (e) {
      const status = refusalStatus(e);
      this.error = status === 404 ? t('adminInvite.notOpen') : status === 0 ? t('error.network') : explainProblem(e);
    } finally {
      this.busy = false;
    }
    await this.load();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#invite-status')?.focus();
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
    if (this.refused) return '';
    const name = this.name || this.tenant;
    // until the list answers (or if it cannot), the button is offered: the server decides anyway
    const mayIssue = this.open?.mayIssue !== false;
    return html`
      ${!mayIssue ? html`<p class="muted" id="has-admin">${t('adminInvite.notNow')}</p>`
        : this.issued ? '' : html`<button type="button" id="make" class="secondary" ?disabled=${this.busy}
          @click=${this.issue} aria-label=${t('adminInvite.makeFor', { name })}>${t('adminInvite.make')}</button>`}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.issued ? this.renderIssued(name, this.issued) : ''}
      ${renderOpenInvites(this.open?.invites ?? [], this.busy, (i) => this.withdraw(i))}
      <p role="status" id="invite-status" tabindex="-1">${this.status}</p>
    `;
  }

  private renderIssued(name: string, issued: IssuedAdminInvite) {
    const link = adminInviteLink(location.origin, { tenant: issued.tenant, code: issued.code });
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
      <p>${t('invites.expires', { when: formatDateTime(issued.expiresAt) })}</p>
    </section>`;
  }
}

customElements.define('admin-invite-issue', AdminInviteIssue);
