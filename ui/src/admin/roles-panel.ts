import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api, seg } from '../core/api';
import { loadTenant, type LocalizedText, type TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { roleName } from './role-words';

interface RoleView {
  role: string;
  permissions: string[];
  setAt: string | null;
  editable: boolean;
}

interface Roles {
  roles: RoleView[];
  catalogue: Record<string, string>;
  /** Each permission's description in Khmer and English (servers before it sent only `catalogue`). */
  descriptions?: Record<string, { km: string; en: string }>;
}

/** Which permissions each role holds here; a change applies here and below, a reset returns to what is above. */
export class RolesPanel extends LitElement {
  static override properties = { ctx: { attribute: false }, roles: { state: true }, error: { state: true }, said: { state: true },
    places: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare roles: Roles | null;
  declare error: string;
  declare said: string;
  /** The names of the tenants whose setting is in force, by slug: a person reads a name, never a slug. */
  declare places: Map<string, LocalizedText>;

  constructor() {
    super();
    new LocaleController(this);
    this.roles = null;
    this.error = '';
    this.said = '';
    this.places = new Map();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.call('GET', '');
  }

  private async call(method: 'GET' | 'PUT' | 'DELETE', role: string, body?: unknown): Promise<void> {
    this.error = '';
    const path = `/api/t/${seg(this.ctx.tenant.slug)}/roles${role ? '/' + seg(role) : ''}`;
    try {
      const answer = await api<Roles | RoleView>(method, path, body);
      if (method === 'PUT') {
        await this.call('GET', '');
        this.said = t('roles.saved', { role: roleName(role) });
      } else {
        this.roles = answer as Roles;
        this.learnPlaces(this.roles);
        if (method === 'DELETE') this.said = t('roles.reset', { role: roleName(role) });
      }
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden') : explainProblem(e);
    }
  }

  private save(event: SubmitEvent, role: string): void {
    event.preventDefault();
    const chosen = new FormData(event.target as HTMLFormElement).getAll('permission').map(String);
    this.call('PUT', role, { permissions: chosen });
  }

  /** Learns the names of the tenants the roles are set at (this one is known); a failure leaves the slug. */
  private learnPlaces(roles: Roles): void {
    this.places.set(this.ctx.tenant.slug, this.ctx.tenant.names);
    const unknown = [...new Set(roles.roles.flatMap((r) => (r.setAt && !this.places.has(r.setAt) ? [r.setAt] : [])))];
    for (const slug of unknown) {
      loadTenant(slug).then((t) => { this.places = new Map(this.places).set(slug, t.names); }, () => undefined);
    }
  }

  private placeName(slug: string): string {
    const known = this.places.get(slug);
    return known ? pick(known) : slug;
  }

  override render() {
    if (!this.roles) return html`<p role="status">${this.error || t('common.loading')}</p>`;
    const catalogue = Object.entries(this.roles.catalogue).sort(([a], [b]) => a.localeCompare(b));
    const described = this.roles.descriptions ?? {};
    return html`
      <h2>${t('admin.roles')}</h2>
      <p role="status">${this.said}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.roles.roles.map((r) => html`
        <details>
          <summary><strong>${roleName(r.role)}</strong> <span class="muted">${r.setAt ? t('roles.setAt', { tenant: this.placeName(r.setAt) })
            : t('roles.defaults')}</span></summary>
          ${r.editable ? html`<form @submit=${(e: SubmitEvent) => this.save(e, r.role)}>
            <fieldset><legend>${t('roles.permissionsOf', { role: roleName(r.role) })}</legend>
            ${catalogue.map(([name, description]) => html`<label class="check">
              <input type="checkbox" name="permission" value=${name} .checked=${r.permissions.includes(name)} />
              <span>${described[name] ? pick(described[name]) : description} <code class="muted">${name}</code></span></label>`)}
            </fieldset>
            <div class="row">
              <button type="submit">${t('common.save')}</button>
              ${r.setAt === this.ctx.tenant.slug ? html`<button type="button" class="secondary"
                @click=${() => this.call('DELETE', r.role)}>${t('roles.resetButton')}</button>` : ''}
            </div>
          </form>` : html`<p class="muted">${t('roles.adminFixed')}</p>`}
        </details>`)}
    `;
  }
}

customElements.define('roles-panel', RolesPanel);
