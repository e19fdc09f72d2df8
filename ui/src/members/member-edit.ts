import { LitElement, html } from 'lit';
import { FormController, type Submitted } from '../core/form-controller';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { editMember, type MemberView } from './member-api';

/**
 * Corrects a member's working name and, at an organisation, moves them to another chapter.
 * Tells the member page through `member-changed` (detail: the member as the server now has them).
 */
export class MemberEdit extends LitElement {
  static override properties = { ctx: { attribute: false }, member: { attribute: false }, editing: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare member: MemberView;
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
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#edit-workingName')?.focus());
  }

  private save({ data }: Submitted): Promise<void> {
    const chapter = String(data.get('chapter') ?? this.member.chapter ?? '');
    return this.form.run(async () => {
      const changed = await editMember(this.ctx.tenant.slug, String(this.member.id), {
        workingName: String(data.get('workingName') ?? ''),
        chapter: chapter || null,
      });
      this.editing = false;
      this.dispatchEvent(new CustomEvent<MemberView>('member-changed', { detail: changed }));
    });
  }

  override render() {
    if (!this.editing) {
      return html`<p><button class="secondary" id="edit-member" @click=${this.open}>${t('memberEdit.button')}</button></p>`;
    }
    const chapters = this.ctx.tenant.type === 'organisation' ? this.ctx.tenant.childNames ?? [] : [];
    const problem = (name: string) => (this.form.fieldErrors[name] ? `${name}-problem` : undefined);
    return html`
      <form @submit=${this.submit} novalidate autocomplete="off" aria-labelledby="edit-title">
        <h2 id="edit-title">${t('memberEdit.title')}</h2>
        <label for="edit-workingName">${t('member.workingName')}</label>
        <input id="edit-workingName" name="workingName" maxlength="100" required .value=${this.member.workingName}
          aria-invalid=${problem('workingName') ? 'true' : 'false'} aria-describedby=${problem('workingName') ?? ''} />
        ${this.form.fieldMessage('workingName')}
        ${chapters.length ? html`
          <label for="edit-chapter">${t('member.chapter')}</label>
          <select id="edit-chapter" name="chapter" aria-invalid=${problem('chapter') ? 'true' : 'false'}
            aria-describedby=${problem('chapter') ?? ''}>
            <option value="" ?selected=${!this.member.chapter}>${t('memberEdit.noChapter')}</option>
            ${chapters.map((c) => html`<option value=${c.slug} ?selected=${c.slug === this.member.chapter}>${pick(c.names)}</option>`)}
          </select>
          ${this.form.fieldMessage('chapter')}` : ''}
        ${this.form.message()}
        <div class="row">
          <button type="submit" ?disabled=${this.form.busy}>${t('common.save')}</button>
          <button type="button" class="secondary" @click=${() => (this.editing = false)}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('member-edit', MemberEdit);
