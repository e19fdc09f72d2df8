import { LitElement, html } from 'lit';
import { ApiError, api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import '../network/admin-invite-issue';

interface AccountView {
  id: number;
  tenant: string;
  username: string;
  roles: string[];
  status: string;
}

const ROLES = ['admin', 'organiser', 'paralegal', 'health-worker', 'teacher', 'treasurer', 'member'];

/** The accounts here: create staff accounts with roles, disable one (its sessions end at once). */
export class AccountsPanel extends LitElement {
  static override properties = { ctx: { attribute: false }, accounts: { state: true }, error: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare accounts: AccountView[];
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.accounts = [];
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/accounts`;
  }

  private async load(): Promise<void> {
    try {
      this.accounts = await api<AccountView[]>('GET', this.base());
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    const status = e instanceof ApiError ? e.status : 0;
    this.error = status === 403 ? t('error.forbidden') : status === 409 ? t('accounts.taken')
      : status === 400 ? t('accounts.invalid') : t('error.save');
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    this.error = '';
    try {
      await api('POST', this.base(), {
        username: String(form.get('username') ?? '').trim(),
        password: String(form.get('password') ?? ''),
        roles: form.getAll('role').map(String),
      });
      formElement.reset();
      await this.load();
    } catch (e) {
      this.fail(e);
    }
  }

  private async disable(account: AccountView): Promise<void> {
    if (!confirm(t('accounts.confirmDisable', { name: account.username }))) return;
    try {
      await api('POST', `${this.base()}/${account.id}/disable`);
      await this.load();
    } catch (e) {
      this.fail(e);
    }
  }

  override render() {
    return html`
      <h2>${t('admin.accounts')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <div class="scroll" tabindex="0" role="region" aria-label=${t('admin.accounts')}><table>
        <thead><tr><th scope="col">${t('accounts.username')}</th><th scope="col">${t('accounts.roles')}</th>
          <th scope="col">${t('members.status')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th></tr></thead>
        <tbody>${this.accounts.map((a) => html`<tr>
          <td>${a.username}</td><td>${a.roles.join(', ')}</td><td>${a.status}</td>
          <td>${a.status !== 'disabled' ? html`<button class="secondary" @click=${() => this.disable(a)}
            aria-label=${t('accounts.disableWho', { name: a.username })}>${t('accounts.disable')}</button>` : ''}</td>
        </tr>`)}</tbody>
      </table></div>
      <div class="row"><admin-invite-issue .tenant=${this.ctx.tenant.slug} .name=${pick(this.ctx.tenant.names)}></admin-invite-issue></div>
      <h3>${t('accounts.new')}</h3>
      <form @submit=${this.create} novalidate autocomplete="off">
        <label for="username">${t('accounts.username')}</label>
        <input id="username" name="username" required autocapitalize="none" />
        <label for="password">${t('accounts.password')}</label>
        <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password"
          aria-describedby="pw-hint" />
        <p class="muted" id="pw-hint">${t('accounts.passwordHint')}</p>
        <fieldset><legend>${t('accounts.roles')}</legend>
          ${ROLES.map((r) => html`<label class="check"><input type="checkbox" name="role" value=${r} /> ${r}</label>`)}
        </fieldset>
        <p><button type="submit">${t('common.create')}</button></p>
      </form>
    `;
  }
}

customElements.define('accounts-panel', AccountsPanel);
