import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { api, seg } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { currentLanguage, pick, t } from '../i18n/locale';
import { href } from '../core/router';
import type { LocalizedText } from '../core/tenant-context';
import { rememberGroup, rememberedGroup } from '../login/remembered-group';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import type { MessageKey } from '../i18n/en';
import { passwordRefusal } from '../passwords/password-refusals';

interface ConsentText {
  version: string;
  km: string;
  en: string;
}

/** Where an invite leads, as the server names it for a usable code. */
interface InvitedTo {
  tenant: string;
  names: LocalizedText;
}

/**
 * Self-registration from an invite (#/join/{tenant}/{code}, the link the invites call makes): few
 * words, an icon for each step, large targets, and the consent text shown in full before the
 * person agrees. The screen names the group the invite leads to (the code proves the inviter chose
 * to tell); once sent, it offers to keep the group on this phone and leads to the login, so the
 * new member needs only her username and password.
 */
export class JoinScreen extends LitElement {
  static override properties = {
    tenant: { type: String }, code: { type: String },
    consent: { state: true }, done: { state: true }, passwordProblem: { state: true },
    invitedTo: { state: true }, inviteRefused: { state: true }, groupKept: { state: true },
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
    .done .keep { text-align: start; border: 2px solid #1f5f7a; border-radius: 12px; padding: 12px; margin-top: 16px; }
    .done a.button, .done button { min-height: 48px; }
  `];

  declare tenant: string;
  declare code: string;
  declare consent: ConsentText | null;
  declare done: boolean;
  /** Why the server refused the password, said beside the field. */
  declare passwordProblem: MessageKey | null;
  /** The group the invite leads to, once the server has named it. */
  declare invitedTo: InvitedTo | null;
  /** The server said the invite cannot be used (the same answer, whatever the reason). */
  declare inviteRefused: boolean;
  /** This phone remembers the group (the person chose so on the thank-you screen, or before). */
  declare groupKept: boolean;
  private forget?: () => void;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.register(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.consent = null;
    this.done = false;
    this.passwordProblem = null;
    this.invitedTo = null;
    this.inviteRefused = false;
    this.groupKept = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('tenant') || changed.has('code')) && this.tenant && this.code) this.nameTheGroup();
  }

  private async nameTheGroup(): Promise<void> {
    const asked = `${this.tenant}/${this.code}`;
    this.invitedTo = null;
    this.inviteRefused = false;
    try {
      const named = await api<InvitedTo>('POST', `/api/t/${seg(this.tenant)}/registrations/invite`, { inviteCode: this.code });
      if (asked === `${this.tenant}/${this.code}`) this.invitedTo = named;
    } catch (e) {
      if (asked === `${this.tenant}/${this.code}` && refusalStatus(e) === 404) this.inviteRefused = true;
    }
  }

  /** The group to log in to: as the server named it, else as the link carries it. */
  private group(): string {
    return this.invitedTo?.tenant ?? this.tenant;
  }

  private keepGroup(): void {
    rememberGroup(this.group());
    this.groupKept = rememberedGroup() === this.group();
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
      this.groupKept = rememberedGroup() === this.group();
      this.done = true;
    }, (e) => {
      const said = passwordRefusal(e);
      if (said?.field === 'password') {
        this.passwordProblem = said.message;
        return '';
      }
      const status = refusalStatus(e);
      return status === 404 ? t('join.badInvite') : status === 409 ? t('access.nameTaken')
        : status === 400 ? t('join.rejected') : t('error.network');
    });
  }

  override render() {
    const toLogin = href('login', this.group());
    if (this.done) {
      return html`<div class="done">
        <div role="status">${icon('clock', 72)}<h1>${t('join.doneTitle')}</h1>
          <p>${t('join.doneText')}</p><p>${t('access.doneLogin')}</p></div>
        <div class="keep">
          ${this.groupKept ? html`<p role="status" id="group-kept">${icon('check')} ${t('access.groupKeptDone')}</p>`
            : html`<p id="keep-hint">${t('access.keepGroupHint', { group: this.group() })}</p>
              <button type="button" id="keep-group" aria-describedby="keep-hint" @click=${this.keepGroup}>
                ${t('access.keepGroup')}</button>`}
        </div>
        <p><a class="button" id="to-login" href=${toLogin}>${t('access.toLogin')}</a></p>
      </div>`;
    }
    const consentText = this.consent ? this.consent[currentLanguage()] : '';
    return html`
      <h1>${this.invitedTo ? t('access.joinGroup', { group: pick(this.invitedTo.names) }) : t('join.title')}</h1>
      ${this.inviteRefused ? html`<p class="error" role="alert" id="invite-refused">${t('join.badInvite')}</p>` : nothing}
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
      <p><a id="already-joined" href=${toLogin}>${t('access.alreadyJoined')}</a></p>
    `;
  }
}

customElements.define('join-screen', JoinScreen);
