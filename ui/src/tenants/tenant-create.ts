import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api } from '../core/api';
import type { TenantContext, TenantView } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { tenantChanged } from '../core/tenant-changes';
import '../network/admin-invite-issue';

const CHILD_TYPES: Record<string, string[]> = {
  platform: ['network', 'organisation'],
  network: ['organisation'],
  organisation: ['chapter'],
  chapter: [],
};

/** Creates a tenant below the current one; the server checks who may. The tree follows the reloaded context. */
export class TenantCreate extends LitElement {
  static override properties = { ctx: { attribute: false }, error: { state: true }, created: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare error: string;
  /** The tenant just made here: its first admin is invited from the notice that says it was made. */
  declare created: TenantView | null;

  constructor() {
    super();
    new LocaleController(this);
    this.error = '';
    this.created = null;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const parent = this.ctx.tenant.slug;
    this.error = '';
    this.created = null;
    try {
      this.created = await api<TenantView>('POST', '/api/tenants', {
        slug: value('slug'), type: value('type'), parent,
        names: { km: value('nameKm'), en: value('nameEn') },
      });
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      tenantChanged(parent);
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('#created')?.focus();
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 409 ? t('tenants.slugTaken')
        : e instanceof ApiError && e.status === 403 ? t('error.forbidden') : explainProblem(e);
    }
  }

  override render() {
    const types = CHILD_TYPES[this.ctx.tenant.type] ?? [];
    if (types.length === 0) return html``;
    return html`
      ${this.created ? html`<section aria-labelledby="created">
        <h2 id="created" tabindex="-1">${t('tenants.created', { name: pick(this.created.names) })}</h2>
        <admin-invite-issue .tenant=${this.created.slug} .name=${pick(this.created.names)}></admin-invite-issue>
      </section>` : ''}
      <details>
        <summary class="button secondary">${t('tenants.create')}</summary>
        <form @submit=${this.submit} novalidate>
          <label for="slug">${t('tenants.slug')}</label>
          <input id="slug" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="slug-hint" />
          <p class="muted" id="slug-hint">${t('tenants.slugHint')}</p>
          <label for="type">${t('tenants.kind')}</label>
          <select id="type" name="type">${types.map((ty) => html`<option value=${ty}>
            ${t(`tenants.type.${ty}` as 'tenants.type.chapter')}</option>`)}</select>
          <label for="nameKm">${t('tenants.nameKm')}</label>
          <input id="nameKm" name="nameKm" lang="km" required />
          <label for="nameEn">${t('tenants.nameEn')}</label>
          <input id="nameEn" name="nameEn" lang="en" required />
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
          <p><button type="submit">${t('common.create')}</button></p>
        </form>
      </details>
    `;
  }
}

customElements.define('tenant-create', TenantCreate);
