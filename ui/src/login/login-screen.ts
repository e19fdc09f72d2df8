import { LitElement, html, nothing } from 'lit';
import { api, ApiError } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { navigate } from '../core/router';
import { startSession, type Session } from '../core/session';
import { PASSWORD_ROUTE } from '../passwords/password-route';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { forgetGroup, groupSlug, rememberGroup, rememberedGroup } from './remembered-group';

export const TWO_STEP_NEEDED = 'urn:sahakum:problem:two-step-needed';
export const TWO_STEP_WRONG = 'urn:sahakum:problem:two-step-wrong';

interface Credentials {
  tenant: string;
  username: string;
  password: string;
  keep: boolean;
  /** Whether the person asked this phone to remember the group once the login works. */
  rememberGroup: boolean;
}

/**
 * Login: group (tenant), username, password, and the choice to stay logged in on this phone. The
 * group need not be typed when the link carries it (`#/login/{group}`, from the join screen) or the
 * phone remembers it (the person chose so): then only the name and password are asked. The screen
 * never looks a group up, so it tells a stranger nothing about which groups exist. An account with
 * two-step login is then asked for the code from its app (or a recovery code); while guessing has
 * slowed its name down, a recovery code lets the real person in at once.
 */
export class LoginScreen extends LitElement {
  static override styles = [shared];
  static override properties = {
    group: { type: String }, step: { state: true }, recovery: { state: true }, typing: { state: true },
    kept: { state: true }, forgotten: { state: true },
  };

  /** The group the link carries (`#/login/{group}`), or ''. */
  declare group: string;
  declare step: 'password' | 'code';
  /** Whether the recovery-code field is shown (after a wait, or when the app is not at hand). */
  declare recovery: boolean;
  /** The person chose to type another group than the one carried or remembered. */
  declare typing: boolean;
  /** The group this phone remembers, or null. */
  declare kept: string | null;
  /** The person has just forgotten the remembered group (said once, as a status). */
  declare forgotten: boolean;
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
    this.group = '';
    this.typing = false;
    this.kept = rememberedGroup();
    this.forgotten = false;
  }

  /** The group to log in to without typing it: carried by the link, else remembered; '' when typed. */
  private knownGroup(): string {
    return this.typing ? '' : groupSlug(this.group) || this.kept || '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.kept = rememberedGroup();
  }

  private logIn({ form: formElement, data: form }: Submitted): Promise<void> {
    const credentials: Credentials = {
      tenant: String(form.get('tenant') ?? '').trim().toLowerCase(),
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      keep: form.get('keep') === 'on',
      rememberGroup: form.get('rememberGroup') === 'on',
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
      const { keep, rememberGroup: remember, ...body } = credentials;
      const answer = await api<Session & { twoStepNeeded?: boolean }>('POST', '/api/auth/login', { ...body, ...extra });
      startSession({ token: answer.token, tenant: answer.tenant, accountId: answer.accountId, expiresAt: answer.expiresAt,
        passwordChangeRequired: answer.passwordChangeRequired === true }, keep);
      // only a group that let the person in is remembered, so a mistyped one is never kept
      if (remember) rememberGroup(answer.tenant);
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
    if (status === 503 && e instanceof ApiError && e.retryAfter > 0) {
      return t('login.busy', { seconds: e.retryAfter });
    }
    return status > 0 && status < 500 ? t('login.failed') : t('error.network');
  }

  private forget(): void {
    forgetGroup();
    this.kept = null;
    this.typing = true;
    this.forgotten = true;
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
      ${this.forgotten ? html`<p role="status">${t('access.groupForgotten')}</p>` : nothing}
      <form @submit=${this.submitPassword} novalidate>
        ${this.renderGroup()}
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
        ${this.renderRemember()}
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${t('login.submit')}</button>
      </form>
      ${this.kept ? html`<p class="muted" id="group-kept">${t('access.groupKept', { group: this.kept })}</p>
        <p><button type="button" class="secondary" id="forget-group" @click=${this.forget}>${t('access.forgetGroup')}</button></p>`
        : nothing}
    `;
  }

  /** The group: named, with a way to type another, when it is carried or remembered; else a field. */
  private renderGroup() {
    const known = this.knownGroup();
    if (!known) {
      return html`<label for="tenant">${t('login.tenant')}</label>
        <input id="tenant" name="tenant" required autocomplete="organization" autocapitalize="none" spellcheck="false"
          aria-describedby="tenant-hint" />
        <p class="muted" id="tenant-hint">${t('access.groupHint')}</p>`;
    }
    return html`<input type="hidden" name="tenant" .value=${known} />
      <p id="group-known">${t('access.groupKnown', { group: known })}
        <button type="button" class="secondary" id="other-group" @click=${() => { this.typing = true; }}>
          ${t('access.otherGroup')}</button></p>`;
  }

  /** The choice to remember the group on this phone, offered until it is remembered. */
  private renderRemember() {
    const known = this.knownGroup();
    if (known && known === this.kept) return nothing;
    return html`<label class="check"><input type="checkbox" name="rememberGroup" aria-describedby="remember-hint" />
        ${t('access.rememberGroup')}</label>
      <p class="muted" id="remember-hint">${t('access.rememberHint')}</p>`;
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
