import { LitElement, html } from 'lit';
import { api } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { navigate } from '../core/router';
import { startSession, type Session } from '../core/session';
import { PASSWORD_ROUTE } from '../passwords/password-route';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';

/** Login: group (tenant), username, password, and the choice to stay logged in on this phone. */
export class LoginScreen extends LitElement {
  static override styles = [shared];

  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.logIn(submitted));

  constructor() {
    super();
    new LocaleController(this);
  }

  private logIn({ form: formElement, data: form }: Submitted): Promise<void> {
    const tenant = String(form.get('tenant') ?? '').trim().toLowerCase();
    this.form.fail('');
    return this.form.run(async () => {
      const answer = await api<Session>('POST', '/api/auth/login', {
        tenant,
        username: String(form.get('username') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      });
      startSession({ token: answer.token, tenant: answer.tenant, accountId: answer.accountId, expiresAt: answer.expiresAt,
        passwordChangeRequired: answer.passwordChangeRequired === true }, form.get('keep') === 'on');
      formElement.reset();
      navigate(answer.passwordChangeRequired ? `/${PASSWORD_ROUTE}` : `/t/${answer.tenant}`);
    }, (e) => {
      const status = refusalStatus(e);
      return status === 429 ? t('login.throttled') : status > 0 && status < 500 ? t('login.failed') : t('error.network');
    });
  }

  override render() {
    return html`
      <h1>${t('login.title')}</h1>
      <form @submit=${this.submit} novalidate>
        <label for="tenant">${t('login.tenant')}</label>
        <input id="tenant" name="tenant" required autocomplete="organization" autocapitalize="none" spellcheck="false" />
        <label for="username">${t('login.username')}</label>
        <input id="username" name="username" required autocomplete="username" autocapitalize="none" spellcheck="false" />
        <label for="password">${t('login.password')}</label>
        <input id="password" name="password" type="password" required autocomplete="current-password" />
        <label class="check"><input type="checkbox" name="keep" /> ${t('login.keep')}</label>
        <p class="muted" id="keep-hint">${t('login.keepHint')}</p>
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${t('login.submit')}</button>
      </form>
    `;
  }
}

customElements.define('login-screen', LoginScreen);
