import { LitElement, html } from 'lit';
import { FormController, type Submitted } from '../core/form-controller';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { changeIdentity, type Identity } from './member-api';

const FIELDS = [
  { name: 'legalName', label: 'identity.legalName', type: 'text', max: 200 },
  { name: 'phone', label: 'identity.phone', type: 'tel', max: 32 },
  { name: 'dateOfBirth', label: 'identity.dateOfBirth', type: 'date', max: 10 },
  { name: 'idNumber', label: 'identity.idNumber', type: 'text', max: 64 },
] as const;

/**
 * Changes a revealed identity (member:write with member:identity:read), with a reason that goes to
 * the audit trail as a reveal's does. A refused field says why beside it, in the person's language.
 * Tells the page through `identity-changed` (detail: the identity as it now is).
 */
export class IdentityEdit extends LitElement {
  static override properties = {
    tenant: { type: String }, memberId: { type: String }, identity: { attribute: false }, editing: { state: true },
  };
  static override styles = [shared];

  declare tenant: string;
  declare memberId: string;
  declare identity: Identity;
  declare editing: boolean;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.save(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.editing = false;
  }

  private open(): void {
    this.form.fail('');
    this.editing = true;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#legalName')?.focus());
  }

  private save({ data }: Submitted): Promise<void> {
    const value = (name: string) => String(data.get(name) ?? '').trim() || null;
    const next: Identity = {
      legalName: value('legalName'), phone: value('phone'), dateOfBirth: value('dateOfBirth'), idNumber: value('idNumber'),
    };
    return this.form.run(async () => {
      await changeIdentity(this.tenant, this.memberId, { ...next, reason: String(data.get('reason') ?? '').trim() });
      this.editing = false;
      this.dispatchEvent(new CustomEvent<Identity>('identity-changed', { detail: next }));
    });
  }

  override render() {
    if (!this.editing) {
      return html`<button class="secondary" id="edit-identity" @click=${this.open}>${t('identityEdit.button')}</button>`;
    }
    return html`
      <form @submit=${this.submit} novalidate autocomplete="off" aria-labelledby="identity-edit-title">
        <h3 id="identity-edit-title">${t('identityEdit.title')}</h3>
        <p class="muted">${t('identityEdit.hint')}</p>
        ${FIELDS.map((f) => html`
          <label for=${f.name}>${t(f.label)}</label>
          <input id=${f.name} name=${f.name} type=${f.type} maxlength=${f.max} .value=${this.identity[f.name] ?? ''}
            aria-invalid=${this.form.fieldErrors[f.name] ? 'true' : 'false'}
            aria-describedby=${this.form.fieldErrors[f.name] ? `${f.name}-problem` : ''} />
          ${this.form.fieldMessage(f.name)}`)}
        <label for="reason">${t('identityEdit.reason')}</label>
        <textarea id="reason" name="reason" rows="2" maxlength="500" required
          aria-invalid=${this.form.fieldErrors.reason ? 'true' : 'false'}
          aria-describedby=${this.form.fieldErrors.reason ? 'reason-problem' : ''}></textarea>
        ${this.form.fieldMessage('reason')}
        ${this.form.message()}
        <div class="row">
          <button type="submit" ?disabled=${this.form.busy}>${t('common.save')}</button>
          <button type="button" class="secondary" @click=${() => (this.editing = false)}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('identity-edit', IdentityEdit);
