import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime, formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import './invite-qr';

interface IssuedInvite {
  id: number;
  code: string;
  url: string;
  expiresAt: string;
  maxUses: number;
}

interface InviteView {
  id: number;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revoked: boolean;
  createdAt: string;
}

/** Invites to register here: a new one shows its link and QR code once; old ones can be withdrawn. */
export class InvitesPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, invites: { state: true }, issued: { state: true }, error: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare invites: InviteView[];
  declare issued: IssuedInvite | null;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.invites = [];
    this.issued = null;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.issued = null;
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/invites`;
  }

  private async load(): Promise<void> {
    try {
      this.invites = await api<InviteView[]>('GET', this.base());
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden')
        : e instanceof ApiError && e.status === 423 ? t('invites.locked') : t('error.load');
    }
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.error = '';
    try {
      this.issued = await api<IssuedInvite>('POST', this.base(), {
        maxUses: Number(form.get('maxUses')), expiresInHours: Number(form.get('days')) * 24,
      });
      await this.load();
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 423 ? t('invites.locked') : explainProblem(e);
    }
  }

  private async withdraw(id: number): Promise<void> {
    try {
      await api('DELETE', `${this.base()}/${id}`);
      await this.load();
    } catch (e) {
      this.error = explainProblem(e);
    }
  }

  override render() {
    return html`
      <h2>${t('admin.invites')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <form @submit=${this.create}>
        <label for="maxUses">${t('invites.maxUses')}</label>
        <input id="maxUses" name="maxUses" type="number" min="1" max="1000" value="50" required />
        <label for="days">${t('invites.days')}</label>
        <input id="days" name="days" type="number" min="1" max="90" value="7" required />
        <p><button type="submit">${t('invites.create')}</button></p>
      </form>
      ${this.issued ? html`<section class="notice" aria-labelledby="issued-title" id="issued">
        <h3 id="issued-title">${t('invites.issued')}</h3>
        <p>${t('invites.onceOnly')}</p>
        <invite-qr .url=${this.issued.url}></invite-qr>
        <p><a id="invite-link" href=${this.issued.url}>${this.issued.url}</a></p>
        <p>${t('invites.expires', { when: formatDateTime(this.issued.expiresAt) })}</p>
      </section>` : ''}
      <h3>${t('invites.list')}</h3>
      <ul class="list">${this.invites.map((i) => html`<li>
        ${t('invites.usage', { uses: formatNumber(i.uses), max: formatNumber(i.maxUses) })} ·
        ${i.revoked ? t('invites.withdrawn') : t('invites.expires', { when: formatDateTime(i.expiresAt) })}
        ${i.revoked ? '' : html`<button class="secondary" @click=${() => this.withdraw(i.id)}>${t('invites.withdraw')}</button>`}
      </li>`)}</ul>
    `;
  }
}

customElements.define('invites-panel', InvitesPanel);
