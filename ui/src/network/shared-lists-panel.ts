import { LitElement, html, type PropertyValues } from 'lit';
import { explainProblem, explainLoad } from '../core/problem-words';
import { api, seg } from '../core/api';
import { refusalStatus } from '../core/form-controller';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { sharedStyles, sharedTable, type SharedRows } from './shared-lists';

/**
 * The organisation's lists of places it may share with its network (a module's directory): a switch
 * for each, and the rows exactly as the network would see them. No list holds a person.
 */
export class SharedListsPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, lists: { state: true }, error: { state: true }, said: { state: true }, busy: { state: true },
  };
  static override styles = [shared, sharedStyles];

  declare ctx: TenantContext;
  declare lists: SharedRows[] | null;
  declare error: string;
  declare said: string;
  declare busy: string;

  constructor() {
    super();
    new LocaleController(this);
    this.lists = null;
    this.error = '';
    this.said = '';
    this.busy = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/shared-lists`;
  }

  private async load(): Promise<void> {
    try {
      this.lists = await api<SharedRows[]>('GET', this.base());
    } catch (e) {
      this.lists = [];
      this.error = explainLoad(e);
    }
  }

  private async share(box: HTMLInputElement, list: SharedRows): Promise<void> {
    const published = box.checked;
    this.busy = list.id;
    this.error = '';
    this.said = '';
    try {
      const now = await api<SharedRows>('PUT', `${this.base()}/${seg(list.id)}`, { published });
      this.lists = (this.lists ?? []).map((l) => (l.id === now.id ? now : l));
      this.said = t(published ? 'sharing.sharedNow' : 'sharing.withdrawnNow', { name: pick(now.names) });
    } catch (e) {
      box.checked = !published;
      this.error = refusalStatus(e) === 403 ? t('error.forbidden') : explainProblem(e);
    } finally {
      this.busy = '';
    }
  }

  override render() {
    if (this.lists !== null && this.lists.length === 0 && !this.error) return html``;
    return html`
      <h2>${t('sharing.title')}</h2>
      <p>${t('sharing.explain')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <p role="status" class="muted">${this.said}</p>
      ${this.lists === null ? html`<p role="status">${t('common.loading')}</p>` : html`<ul class="list">
        ${this.lists.map((l, n) => html`<li data-shared-list=${l.id}>
          <label class="check">
            <input type="checkbox" role="switch" .checked=${Boolean(l.published)} ?disabled=${this.busy === l.id}
              @change=${(e: Event) => this.share(e.target as HTMLInputElement, l)} />
            ${pick(l.names)} <span class="muted">${l.published ? t('sharing.shared') : t('sharing.notShared')}</span>
          </label>
          ${sharedTable({ ...l, asOf: null }, `shared-preview-${n}`)}
        </li>`)}
      </ul>`}
    `;
  }
}

customElements.define('shared-lists-panel', SharedListsPanel);
