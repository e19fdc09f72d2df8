import { LitElement, css, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { revealIdentity, type Identity } from './member-api';

/** Asks why the identity is needed (10 to 500 characters, written to the audit trail) before revealing it. */
export class RevealDialog extends LitElement {
  static override properties = { tenant: { type: String }, memberId: { type: String } };
  static override styles = [shared, css`
    dialog { max-width: min(520px, 92vw); border: 2px solid #1f5f7a; border-radius: 12px; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
  `];

  declare tenant: string;
  declare memberId: string;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.reveal(submitted));

  constructor() {
    super();
    new LocaleController(this);
  }

  open(): void {
    this.form.fail('');
    const dialog = this.shadowRoot!.querySelector('dialog')!;
    dialog.showModal();
    dialog.querySelector('textarea')?.focus();
  }

  private close(): void {
    const dialog = this.shadowRoot!.querySelector('dialog')!;
    dialog.querySelector('form')?.reset();
    dialog.close();
  }

  private reveal({ data }: Submitted): Promise<void> | void {
    const reason = String(data.get('reason') ?? '').trim();
    if (reason.length < 10 || reason.length > 500) return this.form.fail(t('identity.reasonLength'));
    return this.form.run(async () => {
      const identity = await revealIdentity(this.tenant, this.memberId, reason);
      this.close();
      this.dispatchEvent(new CustomEvent<Identity>('revealed', { detail: identity }));
    }, (e) => {
      const status = refusalStatus(e);
      return status === 423 ? t('identity.locked') : status === 403 ? t('error.forbidden') : explainProblem(e);
    });
  }

  override render() {
    return html`
      <dialog aria-labelledby="reveal-title" @cancel=${this.close}>
        <form @submit=${this.submit} novalidate>
          <h2 id="reveal-title">${t('identity.dialogTitle')}</h2>
          <p>${t('identity.dialogText')}</p>
          <label for="reason">${t('identity.reason')}</label>
          <textarea id="reason" name="reason" rows="3" minlength="10" maxlength="500" required></textarea>
          ${this.form.message()}
          <div class="row">
            <button type="submit" ?disabled=${this.form.busy}>${t('identity.confirm')}</button>
            <button type="button" class="secondary" @click=${this.close}>${t('common.cancel')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

customElements.define('reveal-dialog', RevealDialog);
