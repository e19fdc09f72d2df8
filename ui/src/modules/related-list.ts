import { LitElement, html, type PropertyValues } from 'lit';
import { api } from '../core/api';
import { explainLoad } from '../core/problem-words';
import { can, type Grants } from '../core/grants';
import { href } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { displayValue, type Row } from './field-values';
import { learnNames } from './account-field';
import { whereChanged, type ModuleWhere } from './module-where';
import { resourcePath } from './module-source';
import { fillResource } from './record-template';
import { offeredFor, type RelatedList, type ViewAction } from './ui-definition';

/**
 * One related list on a record's detail (`cases/{id}/dates`): its rows, the actions that add to it
 * (opened with the record's id) and the actions on each row (with the record's id and the row's
 * key). Its rows are read from the module, or are a member of the record itself (`member`). A list declared `onRequest` (audited reads such as confidential notes) is read only when
 * the person asks, so opening the record does not read it.
 */
export class ModuleRelatedList extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, related: { attribute: false }, recordId: { type: String }, record: { attribute: false },
    grants: { attribute: false },
    rows: { state: true }, error: { state: true }, requested: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare related: RelatedList;
  declare recordId: string;
  /** The record as its detail read it: the rows of a list declared `member` are in it. */
  declare record: Row;
  declare grants: Grants;
  declare rows: Row[] | null;
  declare error: string;
  declare requested: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.rows = null;
    this.error = '';
    this.requested = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('related') || changed.has('recordId') || changed.has('record')) && !this.related.onRequest) this.load();
  }

  private async load(): Promise<void> {
    if (this.related.member) {
      this.requested = true;
      const rows = this.record?.[this.related.member];
      this.rows = Array.isArray(rows) ? (rows as Row[]) : [];
      return;
    }
    const resource = fillResource(this.related.resource ?? '', { id: this.recordId });
    if (resource === null) return;
    this.requested = true;
    this.error = '';
    this.rows = null;
    try {
      const [rows] = await Promise.all([api<Row[]>('GET', resourcePath(this.where.tenant, this.where.moduleId, resource)),
        learnNames(this.where.tenant, this.related.fields)]);
      this.rows = rows;
    } catch (e) {
      this.rows = [];
      this.error = explainLoad(e);
    }
  }

  private link(action: ViewAction, row?: Row) {
    const { tenant, moduleId } = this.where;
    const item = row === undefined ? [] : [String(row[this.related.key ?? 'id'])];
    return html`<a class="button" href=${href('t', tenant, 'm', moduleId, action.view, this.recordId, ...item)}>${pick(action.label)}</a>`;
  }

  override render() {
    const related = this.related;
    const allowed = (actions?: ViewAction[]) => (actions ?? []).filter((a) => can(this.grants, a.permission));
    const rowActions = allowed(related.rowActions);
    const headingId = `related-${related.id}`;
    return html`<section>
      <h2 id=${headingId}>${pick(related.label)}</h2>
      <div class="row">
        ${related.onRequest && !this.requested ? html`<button type="button" @click=${() => this.load()}>${t('modules.show')}</button>` : ''}
        ${allowed(related.actions).map((a) => this.link(a))}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!this.requested ? '' : this.rows === null ? html`<p role="status">${t('common.loading')}</p>`
        : this.rows.length === 0 ? html`<p class="muted">${t('modules.empty')}</p>` : html`
        <div class="scroll" tabindex="0" role="region" aria-labelledby=${headingId}><table>
          <thead><tr>${related.fields.map((f) => html`<th scope="col">${pick(f.label)}</th>`)}
            ${rowActions.length ? html`<th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>` : ''}</tr></thead>
          <tbody>${this.rows.map((row) => html`<tr>
            ${related.fields.map((f) => html`<td>${displayValue(f, row)}</td>`)}
            ${rowActions.length ? html`<td><div class="row">${rowActions.filter((a) => offeredFor(a, row)).map((a) => this.link(a, row))}</div></td>` : ''}
          </tr>`)}</tbody>
        </table></div>`}
    </section>`;
  }
}

customElements.define('module-related-list', ModuleRelatedList);
