import { LitElement, css, html, nothing } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api, seg } from '../core/api';
import { session } from '../core/session';
import type { MessageKey } from '../i18n/en';
import { passwordRefusal } from '../passwords/password-refusals';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { accountStatusName, roleName } from './role-words';
import '../network/admin-invite-issue';

interface AccountView {
  id: number;
  tenant: string;
  username: string;
  roles: string[];
  status: string;
}

/** A reset's answer: the temporary password, shown once. */
interface TemporaryPassword {
  accountId: number;
  username: string;
  temporaryPassword: string;
}

const ROLES = ['admin', 'organiser', 'paralegal', 'health-worker', 'teacher', 'treasurer', 'team-leader', 'member'];

/**
 * The accounts here: create staff accounts with roles, disable one (its sessions end at once),
 * reset one's password (the temporary password is shown once; its holder must change it at login).
 */
export class AccountsPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, accounts: { state: true }, error: { state: true },
    passwordProblem: { state: true }, temporary: { state: true },
  };
  static override styles = [shared, css`.code { font-family: monospace; font-size: 1.3rem; user-select: all; }`];

  declare ctx: TenantContext;
  declare accounts: AccountView[];
  declare error: string;
  /** Why the server refused the new account's password, said beside the field. */
  declare passwordProblem: MessageKey | null;
  declare temporary: TemporaryPassword | null;

  constructor() {
    super();
    new LocaleController(this);
    this.accounts = [];
    this.error = '';
    this.passwordProblem = null;
    this.temporary = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  /** A temporary password never outlives the panel: leaving it and coming back shows it no more. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.temporary = null;
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
      : status === 400 ? t('accounts.invalid') : explainProblem(e);
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    this.error = '';
    this.passwordProblem = null;
    try {
      await api('POST', this.base(), {
        username: String(form.get('username') ?? '').trim(),
        password: String(form.get('password') ?? ''),
        roles: form.getAll('role').map(String),
      });
      formElement.reset();
      await this.load();
    } catch (e) {
      const said = passwordRefusal(e);
      if (said?.field === 'password') {
        this.passwordProblem = said.message;
        await this.updateComplete;
        this.shadowRoot?.querySelector<HTMLInputElement>('#password')?.focus();
      } else {
        this.fail(e);
      }
    }
  }

  private async reset(account: AccountView): Promise<void> {
    if (!confirm(t('accounts.confirmReset', { name: account.username }))) return;
    this.error = '';
    this.temporary = null;
    try {
      this.temporary = await api<TemporaryPassword>('POST', `${this.base()}/${account.id}/password-reset`);
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#temporary-title')?.focus();
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('accounts.resetRefused') : explainProblem(e);
    }
  }

  private renderTemporary() {
    const shown = this.temporary;
    if (!shown) return nothing;
    return html`<section class="row" aria-labelledby="temporary-title">
      <h3 id="temporary-title" tabindex="-1">${t('accounts.temporaryTitle', { name: shown.username })}</h3>
      <p><output id="temporary-password" class="code">${shown.temporaryPassword}</output></p>
      <p class="muted">${t('accounts.temporaryHint')}</p>
      <button class="secondary" @click=${() => (this.temporary = null)}>${t('accounts.temporaryHide')}</button>
    </section>`;
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
          <td>${a.username}</td><td>${a.roles.map(roleName).join(', ')}</td><td>${accountStatusName(a.status)}</td>
          <td>${a.status !== 'disabled' ? html`<button class="secondary" @click=${() => this.disable(a)}
            aria-label=${t('accounts.disableWho', { name: a.username })}>${t('accounts.disable')}</button>` : ''}
            ${a.status === 'active' && a.id !== session()?.accountId ? html`<button class="secondary"
              @click=${() => this.reset(a)} aria-label=${t('accounts.resetWho', { name: a.username })}>${t('accounts.reset')}</button>`
              : ''}</td>
        </tr>`)}</tbody>
      </table></div>
      ${this.renderTemporary()}
      <div class="row"><admin-invite-issue .tenant=${this.ctx.tenant.slug} .name=${pick(this.ctx.tenant.names)}></admin-invite-issue></div>
      <h3>${t('accounts.new')}</h3>
      <form @submit=${this.create} novalidate autocomplete="off">
        <label for="username">${t('accounts.username')}</label>
        <input id="username" name="username" required autocapitalize="none" />
        <label for="password">${t('accounts.password')}</label>
        <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password"
          aria-invalid=${this.passwordProblem ? 'true' : 'false'}
          aria-describedby=${this.passwordProblem ? 'pw-hint password-error' : 'pw-hint'} />
        <p class="muted" id="pw-hint">${t('accounts.passwordHint')}</p>
        ${this.passwordProblem ? html`<p class="error" id="password-error" role="alert">${t(this.passwordProblem)}</p>` : ''}
        <fieldset><legend>${t('accounts.roles')}</legend>
          ${ROLES.map((r) => html`<label class="check"><input type="checkbox" name="role" value=${r} /> ${roleName(r)}</label>`)}
        </fieldset>
        <p><button type="submit">${t('common.create')}</button></p>
      </form>
    `;
  }
}

customElements.define('accounts-panel', AccountsPanel);
