import { LitElement, css, html } from 'lit';
import { api, seg } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { currentLanguage, t } from '../i18n/locale';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import type { MessageKey } from '../i18n/en';
import { passwordRefusal } from '../passwords/password-refusals';

interface ConsentText {
  version: string;
  km: string;
  en: string;
}

/**
 * Self-registration from an invite (#/join/{tenant}/{code}, the link the invites call makes): few
 * words, an icon for each step, large targets, and the consent text shown in full before the
 * person agrees.
 */
export class JoinScreen extends LitElement {
  static override properties = {
    tenant: { type: String }, code: { type: String },
    consent: { state: true }, done: { state: true }, passwordProblem: { state: true },
  };
  static override styles = [shared, css`
    .step { display: flex; gap: 12px; align-items: flex-start; margin-top: 12px; }
    .step > svg { flex: none; margin-top: 2.2em; color: #1f5f7a; }
    .step > div { flex: 1; }
    .consent { border: 2px solid #1f5f7a; border-radius: 12px; padding: 12px; margin-top: 16px; }
    .agree { font-size: 1.1rem; padding: 8px 0; }
    button[type='submit'] { width: 100%; min-height: 56px; font-size: 1.15rem; margin-top: 16px; }
    .done { text-align: center; }
    .done svg { color: #1f5f7a; }
  `];

  declare tenant: string;
  declare code: string;
  declare consent: ConsentText | null;
  declare done: boolean;
  /** Why the server refused the password, said beside the field. */
  declare passwordProblem: MessageKey | null;
  private forget?: () => void;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.register(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.consent = null;
    this.done = false;
    this.passwordProblem = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => this.shadowRoot?.querySelector('form')?.reset());
    api<ConsentText>('GET', '/api/consent').then((c) => (this.consent = c), () => this.form.fail(t('error.network')));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget?.();
  }

  private register({ form: formElement, data: form }: Submitted): Promise<void> | void {
    const password = String(form.get('password') ?? '');
    const username = String(form.get('username') ?? '').trim().toLowerCase();
    this.passwordProblem = null;
    if (!String(form.get('workingName') ?? '').trim()) return this.form.fail(t('join.needName'));
    if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) return this.form.fail(t('join.badUsername'));
    if (password.length < 10) return this.form.fail(t('join.shortPassword'));
    if (form.get('agree') !== 'on') return this.form.fail(t('join.needConsent'));
    return this.form.run(async () => {
      await api('POST', `/api/t/${seg(this.tenant)}/registrations`, {
        inviteCode: this.code,
        workingName: String(form.get('workingName')).trim(),
        username,
        password,
        consentVersion: this.consent?.version,
      });
      formElement.reset();
      this.done = true;
    }, (e) => {
      const said = passwordRefusal(e);
      if (said?.field === 'password') {
        this.passwordProblem = said.message;
        return '';
      }
      const status = refusalStatus(e);
      return status === 404 ? t('join.badInvite') : status === 409 ? t('join.taken')
        : status === 400 ? t('join.rejected') : t('error.network');
    });
  }

  override render() {
    if (this.done) {
      return html`<div class="done" role="status">${icon('clock', 72)}<h1>${t('join.doneTitle')}</h1>
        <p>${t('join.doneText')}</p></div>`;
    }
    const consentText = this.consent ? this.consent[currentLanguage()] : '';
    return html`
      <h1>${t('join.title')}</h1>
      <form @submit=${this.submit} novalidate>
        <div class="step">${icon('person', 40)}<div>
          <label for="workingName">${t('join.workingName')}</label>
          <input id="workingName" name="workingName" maxlength="100" required autocomplete="off" />
        </div></div>
        <div class="step">${icon('key', 40)}<div>
          <label for="username">${t('join.username')}</label>
          <input id="username" name="username" required autocomplete="off" autocapitalize="none" spellcheck="false"
            aria-describedby="username-hint" />
          <p class="muted" id="username-hint">${t('join.usernameHint')}</p>
          <label for="password">${t('join.password')}</label>
          <input id="password" name="password" type="password" required autocomplete="new-password" minlength="10"
            aria-invalid=${this.passwordProblem ? 'true' : 'false'}
            aria-describedby=${this.passwordProblem ? 'password-hint password-error' : 'password-hint'} />
          <p class="muted" id="password-hint">${t('join.passwordHint')}</p>
          ${this.passwordProblem ? html`<p class="error" id="password-error" role="alert">${t(this.passwordProblem)}</p>` : ''}
        </div></div>
        <section class="consent" aria-labelledby="consent-title">
          <h2 id="consent-title">${icon('eye', 24)} ${t('join.consentTitle')}</h2>
          <p id="consent-text">${consentText || t('common.loading')}</p>
          <label class="check agree"><input type="checkbox" name="agree" aria-describedby="consent-text" />
            ${t('join.agree')}</label>
        </section>
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy || !this.consent}>${icon('check')} ${t('join.submit')}</button>
      </form>
    `;
  }
}

customElements.define('join-screen', JoinScreen);
