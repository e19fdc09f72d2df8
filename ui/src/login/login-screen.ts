import { LitElement, html, nothing } from 'lit';
import { api, ApiError } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { navigate } from '../core/router';
import { startSession, type Session } from '../core/session';
import { PASSWORD_ROUTE } from '../passwords/password-route';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';

export const TWO_STEP_NEEDED = 'urn:sahakum:problem:two-step-needed';
export const TWO_STEP_WRONG = 'urn:sahakum:problem:two-step-wrong';

interface Credentials {
  tenant: string;
  username: string;
  password: string;
  keep: boolean;
}

/**
 * Login: group (tenant), username, password, and the choice to stay logged in on this phone. An
 * account with two-step login is then asked for the code from its app (or a recovery code); while
 * guessing has slowed its name down, a recovery code lets the real person in at once.
 */
export class LoginScreen extends LitElement {
  static override styles = [shared];
  static override properties = { step: { state: true }, recovery: { state: true } };

  declare step: 'password' | 'code';
  /** Whether the recovery-code field is shown (after a wait, or when the app is not at hand). */
  declare recovery: boolean;
  // kept only between the two steps, never stored
  private credentials: Credentials | null = null;

  private readonly form = new FormController(this);
  private readonly submitPassword = this.form.onSubmit((s) => this.logIn(s));
  private readonly submitCode = this.form.onSubmit((s) => this.secondStep(s));

  constructor() {
    super();
    new LocaleController(this);
    this.step = 'password';
    this.recovery = false;
  }

  private logIn({ form: formElement, data: form }: Submitted): Promise<void> {
    const credentials: Credentials = {
      tenant: String(form.get('tenant') ?? '').trim().toLowerCase(),
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      keep: form.get('keep') === 'on',
    };
    const recoveryCode = String(form.get('recoveryCode') ?? '').trim();
    return this.attempt(credentials, recoveryCode ? { recoveryCode } : {}, () => formElement.reset());
  }

  private secondStep({ data: form }: Submitted): Promise<void> {
    const field = this.recovery ? 'recoveryCode' : 'code';
    const raw = String(form.get(field) ?? '');
    const value = this.recovery ? raw.trim() : raw.replace(/\s/g, '');
    return this.attempt(this.credentials!, { [field]: value });
  }

  private attempt(credentials: Credentials, extra: Record<string, string>, done = () => {}): Promise<void> {
    this.form.fail('');
    return this.form.run(async () => {
      const { keep, ...body } = credentials;
      const answer = await api<Session & { twoStepNeeded?: boolean }>('POST', '/api/auth/login', { ...body, ...extra });
      startSession({ token: answer.token, tenant: answer.tenant, accountId: answer.accountId, expiresAt: answer.expiresAt,
        passwordChangeRequired: answer.passwordChangeRequired === true }, keep);
      this.credentials = null;
      this.step = 'password';
      done();
      // a temporary password is changed first; two-step enrolment comes once the password is the person's own
      navigate(answer.passwordChangeRequired ? `/${PASSWORD_ROUTE}`
        : answer.twoStepNeeded ? `/t/${answer.tenant}/two-step` : `/t/${answer.tenant}`);
    }, (e) => this.explain(e, credentials));
  }

  private explain(e: unknown, credentials: Credentials): string {
    const status = refusalStatus(e);
    const type = e instanceof ApiError ? e.type : '';
    if (type === TWO_STEP_NEEDED || type === TWO_STEP_WRONG) {
      const first = this.step === 'password' && type === TWO_STEP_NEEDED;
      this.credentials = credentials;
      this.step = 'code';
      if (first) return '';
      return this.recovery ? t('login.recoveryWrong') : t('login.codeWrong');
    }
    if (status === 429) {
      this.recovery = true;
      const seconds = e instanceof ApiError && e.retryAfter > 0 ? e.retryAfter : 60;
      return t('login.throttled', { seconds });
    }
    return status > 0 && status < 500 ? t('login.failed') : t('error.network');
  }

  private startAgain(): void {
    this.credentials = null;
    this.step = 'password';
    this.recovery = false;
    this.form.fail('');
  }

  override render() {
    return this.step === 'code' ? this.renderCode() : this.renderPassword();
  }

  private renderPassword() {
    return html`
      <h1>${t('login.title')}</h1>
      <form @submit=${this.submitPassword} novalidate>
        <label for="tenant">${t('login.tenant')}</label>
        <input id="tenant" name="tenant" required autocomplete="organization" autocapitalize="none" spellcheck="false" />
        <label for="username">${t('login.username')}</label>
        <input id="username" name="username" required autocomplete="username" autocapitalize="none" spellcheck="false" />
        <label for="password">${t('login.password')}</label>
        <input id="password" name="password" type="password" required autocomplete="current-password" />
        ${this.recovery ? html`
          <label for="recoveryCode">${t('login.recoveryCode')}</label>
          <input id="recoveryCode" name="recoveryCode" autocomplete="off" autocapitalize="none" spellcheck="false"
            aria-describedby="recovery-hint" />
          <p class="muted" id="recovery-hint">${t('login.recoveryHint')}</p>` : nothing}
        <label class="check"><input type="checkbox" name="keep" /> ${t('login.keep')}</label>
        <p class="muted" id="keep-hint">${t('login.keepHint')}</p>
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${t('login.submit')}</button>
      </form>
    `;
  }

  private renderCode() {
    const field = this.recovery
      ? html`<label for="recoveryCode">${t('login.recoveryCode')}</label>
        <input id="recoveryCode" name="recoveryCode" required autocomplete="off" autocapitalize="none" spellcheck="false" />`
      : html`<label for="code">${t('login.code')}</label>
        <input id="code" name="code" required inputmode="numeric" pattern="[0-9 ]*" maxlength="7"
          autocomplete="one-time-code" aria-describedby="code-hint" />
        <p class="muted" id="code-hint">${t('login.codeHint')}</p>`;
    return html`
      <h1>${t('login.title')}</h1>
      <form @submit=${this.submitCode} novalidate>
        ${field}
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${t('login.submit')}</button>
      </form>
      <p>
        <button class="secondary" id="switch" @click=${() => { this.recovery = !this.recovery; this.form.fail(''); }}>
          ${this.recovery ? t('login.useApp') : t('login.useRecovery')}</button>
        <button class="secondary" id="again" @click=${this.startAgain}>${t('login.again')}</button>
      </p>
    `;
  }
}

customElements.define('login-screen', LoginScreen);
