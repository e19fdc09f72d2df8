import { LitElement, css, html } from 'lit';
import { api } from '../core/api';
import { explainLoad } from '../core/problem-words';
import { can, type Grants } from '../core/grants';
import { href } from '../core/router';
import { formatNumber } from '../i18n/format';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { offeredExports } from './list-exports';
import { PAGE_SIZE, fieldsOffPhone, pageSteps, readPage, type ListPage } from './list-page';
import { displayValue, type Row } from './field-values';
import { resourcePath } from './module-source';
import { learnNames } from './account-field';
import { rowTarget } from './row-opens';
import { queryForm, readQuery, readableUnasked } from './query-fields';
import { findView, type ModuleUiDefinition, type ViewDefinition } from './ui-definition';
import './export-buttons';
import { whereChanged, type ModuleWhere } from './module-where';

export type { ModuleWhere } from './module-where';

/**
 * A list view: a table of the view's fields, its actions as buttons, each row opening its detail
 * (in the view and by the row member `opens` names, if another view draws it), and the view's query fields as filters.
 * A paged list reads a page at a time and says how many rows there are; a phone shows only the
 * view's phone columns, the rest being on the row's detail (or under the row's "More" when it has
 * none); the view's exports are download buttons.
 */
export class ModuleList extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, ui: { attribute: false }, view: { attribute: false }, grants: { attribute: false },
    page: { state: true }, error: { state: true }, queryErrors: { state: true },
  };
  static override styles = [shared, css`
    :host { display: block; min-width: 0; max-width: 100%; }
    .phone-only { display: none; }
    @media (max-width: 40rem) {
      .off-phone { display: none; }
      .phone-only { display: block; }
    }
    details.phone-only dl { margin: 0.4em 0 0; }
  `];

  declare where: ModuleWhere;
  declare ui: ModuleUiDefinition;
  declare view: ViewDefinition;
  declare grants: Grants;
  declare page: ListPage<Row> | null;
  declare error: string;
  declare queryErrors: Record<string, string>;
  private params = new URLSearchParams();

  constructor() {
    super();
    new LocaleController(this);
    this.page = null;
    this.error = '';
    this.queryErrors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load(0);
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('view') && changed.get('view') !== undefined) {
      this.params = new URLSearchParams();
      this.load(0);
    }
  }

  private readonly choose = (event: SubmitEvent) => {
    event.preventDefault();
    const { params, errors } = readQuery(this.view.query ?? [], new FormData(event.target as HTMLFormElement));
    this.queryErrors = errors;
    if (Object.keys(errors).length > 0) return;
    this.params = params;
    this.load(0);
  };

  private async load(offset: number): Promise<void> {
    this.error = '';
    if ([...this.params].length === 0 && !readableUnasked(this.view.query)) {
      this.page = { rows: [], offset: 0, total: null };
      return;
    }
    const path = resourcePath(this.where.tenant, this.where.moduleId, this.view.resource);
    this.page = null;
    try {
      const [page] = await Promise.all([this.view.paged ? readPage<Row>(path, this.params, offset)
        : api<Row[]>('GET', `${path}?${new URLSearchParams([['limit', String(PAGE_SIZE)], ...this.params])}`)
          .then((rows) => ({ rows, offset: 0, total: null })), learnNames(this.where.tenant, this.view.fields ?? [])]);
      this.page = page;
    } catch (e) {
      this.page = { rows: [], offset, total: null };
      // a refused filter names the filter; only no answer at all says "check the connection"
      this.error = explainLoad(e, (name) => {
        const field = (this.view.query ?? []).find((f) => f.name === name);
        return field ? pick(field.label) : undefined;
      });
    }
  }

  private openLink(row: Row) {
    const target = rowTarget(this.view, row);
    return target ? html`<a href=${href('t', this.where.tenant, 'm', this.where.moduleId, target.view, target.id)}>
      ${t('common.open')}</a>` : '';
  }

  /** On a phone, the columns left out, for a row whose detail does not show them all. */
  private more(row: Row) {
    const off = fieldsOffPhone(this.view);
    const target = rowTarget(this.view, row);
    const detail = target && this.ui ? findView(this.ui, target.view) : undefined;
    if (off.every((f) => detail?.fields?.some((d) => d.name === f.name))) return '';
    return html`<details class="phone-only"><summary>${t('lists.more')}</summary>
      <dl>${off.map((f) => html`<dt>${pick(f.label)}</dt><dd>${displayValue(f, row) || '—'}</dd>`)}</dl></details>`;
  }

  private pager(page: ListPage<Row>) {
    if (!this.view.paged || page.rows.length === 0) return '';
    const steps = pageSteps(page);
    const from = page.offset + 1;
    const to = page.offset + page.rows.length;
    const button = (offset: number | null, label: string) => html`<button type="button" class="secondary"
      ?disabled=${offset === null} @click=${() => offset !== null && this.load(offset)}>${label}</button>`;
    return html`<p class="range" role="status">${page.total === null
        ? t('lists.rangeOpen', { from: formatNumber(from), to: formatNumber(to) })
        : t('lists.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(page.total) })}</p>
      <nav class="row" aria-label=${t('lists.pages')}>
        ${button(steps.first, t('lists.first'))}${button(steps.previous, t('lists.previous'))}
        ${button(steps.next, t('lists.next'))}${button(steps.last, t('lists.last'))}
      </nav>`;
  }

  override render() {
    const fields = this.view.fields ?? [];
    const off = new Set(fieldsOffPhone(this.view).map((f) => f.name));
    const cls = (name: string) => (off.has(name) ? 'off-phone' : '');
    const { tenant, moduleId } = this.where;
    const page = this.page;
    return html`
      <h1>${pick(this.view.label)}</h1>
      <div class="row">
        ${(this.view.actions ?? []).filter((a) => !a.record && can(this.grants, a.permission)).map((a) => html`
          <a class="button" href=${href('t', tenant, 'm', moduleId, a.view)}>${pick(a.label)}</a>`)}
      </div>
      ${this.view.query?.length ? queryForm(this.view.query, this.queryErrors, pick(this.view.label), this.choose, page === null) : ''}
      <export-buttons .exports=${offeredExports(this.where, this.view, this.grants, this.params)}></export-buttons>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${page === null ? html`<p role="status">${t('common.loading')}</p>` : page.rows.length === 0
        ? html`<p class="muted">${t('modules.empty')}</p>` : html`
        ${this.pager(page)}
        <div class="scroll" tabindex="0" role="region" aria-label=${pick(this.view.label)}><table>
          <caption class="visually-hidden">${pick(this.view.label)}</caption>
          <thead><tr>${fields.map((f) => html`<th scope="col" class=${cls(f.name)}>${pick(f.label)}</th>`)}
            <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th></tr></thead>
          <tbody>${page.rows.map((row) => html`<tr>
            ${fields.map((f) => html`<td class=${cls(f.name)}>${displayValue(f, row)}</td>`)}
            <td>${this.openLink(row)}${this.more(row)}</td>
          </tr>`)}</tbody>
        </table></div>`}
    `;
  }
}

customElements.define('module-list', ModuleList);
