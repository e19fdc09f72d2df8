import { LitElement, css, html, nothing } from 'lit';
import { api } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { onQuickExit } from '../core/quick-exit';
import { navigate } from '../core/router';
import { markPasswordChanged, session } from '../core/session';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import type { MessageKey } from '../i18n/en';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import { passwordRefusal } from './password-refusals';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

/** The server's shortest password (OwnPasswordResource.Change), checked here first to answer in the person's language. */
const MIN_PASSWORD = 12;

/**
 * Changing one's own password (#/password), from the header's link or, right after a login with a
 * temporary password an admin gave, as the only screen there is until a new one is chosen.
 */
export class PasswordChange extends LitElement {
  static override properties = { problem: { state: true }, done: { state: true } };
  static override styles = [shared, css`
    button[type='submit'] { width: 100%; min-height: 56px; font-size: 1.1rem; margin-top: 16px; }
    .field-error { margin: 0.2em 0 0; }
  `];

  declare problem: { field: Field; message: MessageKey } | null;
  declare done: boolean;
  private forget?: () => void;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.change(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.problem = null;
    this.done = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => this.shadowRoot?.querySelector('form')?.reset());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget?.();
  }

  private get forced(): boolean {
    return session()?.passwordChangeRequired === true;
  }

  /** A mistake in one field: said under it, tied to it, and the field gets the focus. */
  private async refuse(field: Field, message: MessageKey): Promise<void> {
    this.problem = { field, message };
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  private change({ form: formElement, data }: Submitted): Promise<void> {
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    this.problem = null;
    this.form.fail('');
    if (!currentPassword) return this.refuse('currentPassword', 'password.needCurrent');
    if (newPassword.length < MIN_PASSWORD) return this.refuse('newPassword', 'password.short');
    if (newPassword !== String(data.get('confirm') ?? '')) return this.refuse('confirm', 'password.mismatch');
    const wasForced = this.forced;
    return this.form.run(async () => {
      await api('POST', '/api/auth/password', { currentPassword, newPassword });
      formElement.reset();
      markPasswordChanged();
      if (wasForced) navigate(`/t/${session()?.tenant ?? ''}`);
      else this.done = true;
    }, (e) => {
      const said = passwordRefusal(e);
      if (said?.field === 'currentPassword' || said?.field === 'newPassword') {
        void this.refuse(said.field, said.message);
        return '';
      }
      const status = refusalStatus(e);
      return status > 0 && status < 500 ? t('error.forbidden') : t('error.network');
    });
  }

  private field(id: Field, label: MessageKey, autocomplete: string, hint?: MessageKey) {
    const wrong = this.problem?.field === id;
    const described = [hint ? `${id}-hint` : '', wrong ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <label for=${id}>${t(label)}</label>
      <input id=${id} name=${id} type="password" required autocomplete=${autocomplete} autocapitalize="none"
        spellcheck="false" aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${described || nothing} />
      ${hint ? html`<p class="muted" id="${id}-hint">${t(hint)}</p>` : ''}
      ${wrong ? html`<p class="error field-error" id="${id}-error" role="alert">${t(this.problem!.message)}</p>` : ''}
    `;
  }

  override render() {
    const forced = this.forced;
    if (this.done) {
      return html`<h1>${t('password.title')}</h1><p role="status" id="password-done">${icon('check')} ${t('password.done')}</p>`;
    }
    return html`
      <h1>${t(forced ? 'password.forcedTitle' : 'password.title')}</h1>
      ${forced ? html`<p id="forced-intro">${t('password.forcedIntro')}</p>` : ''}
      <form @submit=${this.submit} novalidate>
        ${this.field('currentPassword', forced ? 'password.temporary' : 'password.current', 'current-password')}
        ${this.field('newPassword', 'password.new', 'new-password', 'password.newHint')}
        ${this.field('confirm', 'password.confirm', 'new-password')}
        ${this.form.message()}
        <button type="submit" ?disabled=${this.form.busy}>${icon('key')} ${t('password.submit')}</button>
      </form>
    `;
  }
}

customElements.define('password-change', PasswordChange);
