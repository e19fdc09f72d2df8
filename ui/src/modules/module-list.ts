import { LitElement, html } from 'lit';
import { ApiError, api } from '../core/api';
import { can, type Grants } from '../core/grants';
import { href } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { displayValue, type Row } from './field-values';
import { resourcePath } from './module-source';
import { rowTarget } from './row-opens';
import { queryForm, readQuery, readableUnasked } from './query-fields';
import type { ModuleUiDefinition, ViewDefinition } from './ui-definition';

export interface ModuleWhere {
  tenant: string;
  moduleId: string;
}

/**
 * A list view: a table of the view's fields, its actions as buttons, each row opening its detail
 * (in the view and by the row member `opens` names, if another view draws it), and the view's query fields as filters.
 */
export class ModuleList extends LitElement {
  static override properties = {
    where: { attribute: false }, ui: { attribute: false }, view: { attribute: false }, grants: { attribute: false },
    rows: { state: true }, error: { state: true }, queryErrors: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare ui: ModuleUiDefinition;
  declare view: ViewDefinition;
  declare grants: Grants;
  declare rows: Row[] | null;
  declare error: string;
  declare queryErrors: Record<string, string>;
  private params = new URLSearchParams();

  constructor() {
    super();
    new LocaleController(this);
    this.rows = null;
    this.error = '';
    this.queryErrors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('view') && changed.get('view') !== undefined) {
      this.params = new URLSearchParams();
      this.load();
    }
  }

  private readonly choose = (event: SubmitEvent) => {
    event.preventDefault();
    const { params, errors } = readQuery(this.view.query ?? [], new FormData(event.target as HTMLFormElement));
    this.queryErrors = errors;
    if (Object.keys(errors).length > 0) return;
    this.params = params;
    this.load();
  };

  private async load(): Promise<void> {
    this.error = '';
    if ([...this.params].length === 0 && !readableUnasked(this.view.query)) {
      this.rows = [];
      return;
    }
    const query = new URLSearchParams([['limit', '50'], ...this.params]);
    this.rows = null;
    try {
      this.rows = await api<Row[]>('GET', `${resourcePath(this.where.tenant, this.where.moduleId, this.view.resource)}?${query}`);
    } catch (e) {
      this.rows = [];
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden') : t('error.load');
    }
  }

  private openLink(row: Row) {
    const target = rowTarget(this.view, row);
    return target ? html`<a href=${href('t', this.where.tenant, 'm', this.where.moduleId, target.view, target.id)}>
      ${t('common.open')}</a>` : '';
  }

  override render() {
    const fields = this.view.fields ?? [];
    const { tenant, moduleId } = this.where;
    return html`
      <h1>${pick(this.view.label)}</h1>
      <div class="row">
        ${(this.view.actions ?? []).filter((a) => !a.record && can(this.grants, a.permission)).map((a) => html`
          <a class="button" href=${href('t', tenant, 'm', moduleId, a.view)}>${pick(a.label)}</a>`)}
      </div>
      ${this.view.query?.length ? queryForm(this.view.query, this.queryErrors, pick(this.view.label), this.choose, this.rows === null) : ''}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.rows === null ? html`<p role="status">${t('common.loading')}</p>` : this.rows.length === 0
        ? html`<p class="muted">${t('modules.empty')}</p>` : html`
        <div class="scroll" tabindex="0" role="region" aria-label=${pick(this.view.label)}><table>
          <caption class="visually-hidden">${pick(this.view.label)}</caption>
          <thead><tr>${fields.map((f) => html`<th scope="col">${pick(f.label)}</th>`)}
            <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th></tr></thead>
          <tbody>${this.rows.map((row) => html`<tr>
            ${fields.map((f) => html`<td>${displayValue(f, row)}</td>`)}
            <td>${this.openLink(row)}</td>
          </tr>`)}</tbody>
        </table></div>`}
    `;
  }
}

customElements.define('module-list', ModuleList);
