import { LitElement, html } from 'lit';
import { ApiError, api } from '../core/api';
import { navigate } from '../core/router';
import { startSession, type Session } from '../core/session';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';

/** Login: group (tenant), username, password, and the choice to stay logged in on this phone. */
export class LoginScreen extends LitElement {
  static override properties = { error: { state: true }, busy: { state: true } };
  static override styles = [shared];

  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.error = '';
    this.busy = false;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const tenant = String(form.get('tenant') ?? '').trim().toLowerCase();
    this.busy = true;
    this.error = '';
    try {
      const answer = await api<Session>('POST', '/api/auth/login', {
        tenant,
        username: String(form.get('username') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      });
      startSession({ token: answer.token, tenant: answer.tenant, accountId: answer.accountId, expiresAt: answer.expiresAt },
        form.get('keep') === 'on');
      formElement.reset();
      navigate(`/t/${answer.tenant}`);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 429 ? t('login.throttled')
        : e instanceof ApiError && e.status < 500 ? t('login.failed') : t('error.network');
    } finally {
      this.busy = false;
    }
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
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <button type="submit" ?disabled=${this.busy}>${t('login.submit')}</button>
      </form>
    `;
  }
}

customElements.define('login-screen', LoginScreen);
