import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { api, seg } from '../core/api';
import { explainProblem } from '../core/problem-words';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { navigate } from '../core/router';
import { session, startSession, type Session } from '../core/session';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import type { MessageKey } from '../i18n/en';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import { parseAdminInvite, type AdminInvite } from './admin-invite-link';
import { passwordRefusal } from '../passwords/password-refusals';

type Field = 'username' | 'password' | 'confirm';

/** The server's rules (AdminInviteResource.Acceptance), checked here first to answer in the person's language. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const MIN_PASSWORD = 12;

/**
 * Accepting an admin invite (#/welcome/{tenant}/{code}): the invitee chooses a username and a
 * password, becomes an admin there and is logged in. No login is needed to open it.
 */
export class AdminInviteAccept extends LitElement {
  static override properties = {
    parts: { attribute: false }, problem: { state: true }, expired: { state: true }, loginNeeded: { state: true },
  };
  static override styles = [shared, css`
    button[type='submit'] { width: 100%; min-height: 56px; font-size: 1.1rem; margin-top: 16px; }
    .field-error { margin: 0.2em 0 0; }
  `];

  /** The route's parts, as the app hands them over. */
  declare parts: string[];
  declare problem: { field: Field; message: MessageKey } | null;
  declare expired: boolean;
  declare loginNeeded: boolean;
  private forget?: () => void;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.accept(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.parts = [];
    this.problem = null;
    this.expired = false;
    this.loginNeeded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => this.shadowRoot?.querySelector('form')?.reset());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget?.();
  }

  /** Another invite link opened in the same tab starts afresh. */
  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('parts')) return;
    this.problem = null;
    this.expired = false;
    this.loginNeeded = false;
    this.form.error = '';
  }

  private invite(): AdminInvite | null {
    return parseAdminInvite(this.parts);
  }

  /** A mistake in one field: said under it, tied to it, and the field gets the focus. */
  private async refuse(field: Field, message: MessageKey): Promise<void> {
    this.problem = { field, message };
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  private accept({ form: formElement, data }: Submitted): Promise<void> {
    const invite = this.invite();
    if (!invite) return Promise.resolve();
    const username = String(data.get('username') ?? '').trim().toLowerCase();
    const password = String(data.get('password') ?? '');
    this.problem = null;
    this.form.fail('');
    if (!USERNAME.test(username)) return this.refuse('username', 'welcome.badUsername');
    if (password.length < MIN_PASSWORD) return this.refuse('password', 'welcome.shortPassword');
    if (password !== String(data.get('confirm') ?? '')) return this.refuse('confirm', 'welcome.mismatch');
    return this.form.run(async () => {
      await api('POST', `/api/t/${seg(invite.tenant)}/admin-invites/accept`, { code: invite.code, username, password });
      formElement.reset();
      await this.logIn(invite.tenant, username, password);
    }, (e) => {
      const status = refusalStatus(e);
      if (status === 404) {
        this.expired = true;
        return '';
      }
      const said = passwordRefusal(e);
      if (said?.field === 'password') {
        void this.refuse('password', said.message);
        return '';
      }
      return status >= 400 ? explainProblem(e) : t('error.network');
    });
  }

  /** Logs the new admin in; if that fails, the login screen asks, and the account is there already. */
  private async logIn(tenant: string, username: string, password: string): Promise<void> {
    try {
      const earlier = session();
      if (earlier) await api('POST', '/api/auth/logout').catch(() => undefined);
      const answer = await api<Session>('POST', '/api/auth/login', { tenant, username, password });
      startSession({ token: answer.token, tenant: answer.tenant, accountId: answer.accountId, expiresAt: answer.expiresAt,
        passwordChangeRequired: answer.passwordChangeRequired === true }, false);
      navigate(`/t/${answer.tenant}`);
    } catch {
      this.loginNeeded = true;
    }
  }

  private field(id: Field, label: MessageKey, type: string, autocomplete: string, hint?: MessageKey) {
    const wrong = this.problem?.field === id;
    const described = [hint ? `${id}-hint` : '', wrong ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <label for=${id}>${t(label)}</label>
      <input id=${id} name=${id} type=${type} required autocomplete=${autocomplete} autocapitalize="none"
        spellcheck="false" aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${described || nothing} />
      ${hint ? html`<p class="muted" id="${id}-hint">${t(hint)}</p>` : ''}
      ${wrong ? html`<p class="error field-error" id="${id}-error" role="alert">${t(this.problem!.message)}</p>` : ''}
    `;
  }

  override render() {
    const invite = this.invite();
    if (!invite) {
      return html`<h1>${t('welcome.title')}</h1><p class="error" role="alert">${t('welcome.badLink')}</p>`;
    }
    if (this.expired) {
      return html`<h1>${t('welcome.title')}</h1><p class="error" role="alert" id="invite-expired">${t('welcome.expired')}</p>`;
    }
    if (this.loginNeeded) {
      return html`<h1>${t('welcome.title')}</h1><p role="status">${icon('check')} ${t('welcome.loginNow')}</p>
        <p><a class="button" href="#/login">${t('login.submit')}</a></p>`;
    }
    return html`
      <h1>${t('welcome.title')}</h1>
      <p>${t('welcome.intro', { group: invite.tenant })}</p>
      <form @submit=${this.submit} novalidate>
        ${this.field('username', 'welcome.username', 'text', 'username', 'welcome.usernameHint')}
        ${this.field('password', 'welcome.password', 'password', 'new-password', 'welcome.passwordHint')}
        ${this.field('confirm', 'welcome.confirm', 'password', 'new-password')}
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${icon('key')} ${t('welcome.submit')}</button>
      </form>
    `;
  }
}

customElements.define('admin-invite-accept', AdminInviteAccept);
