import { LitElement, html, type PropertyValues } from 'lit';
import { api } from '../core/api';
import { explainLoad } from '../core/problem-words';
import { can, type Grants } from '../core/grants';
import { href } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { displayValue, type Row } from './field-values';
import { whereChanged, type ModuleWhere } from './module-where';
import { resourcePath } from './module-source';
import { learnNames } from './account-field';
import { offeredFor, type ViewDefinition } from './ui-definition';
import './related-list';

/**
 * One record of a module's resource, with the fields its view declares, the actions on it and its
 * related lists (hearings of a case, its notes, a detention's needs).
 */
export class ModuleDetail extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, view: { attribute: false }, recordId: { type: String }, grants: { attribute: false },
    row: { state: true }, error: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare recordId: string;
  declare grants: Grants;
  declare row: Row | null;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.row = null;
    this.error = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('view') && !changed.has('recordId') && !changed.has('where')) return;
    this.row = null;
    this.error = '';
    const recordId = this.recordId;
    Promise.all([api<Row>('GET', resourcePath(this.where.tenant, this.where.moduleId, this.view.resource, recordId)),
      learnNames(this.where.tenant, this.view.fields ?? [])])
      .then(([row]) => { if (recordId === this.recordId) this.row = row; }, (e) => {
        this.error = explainLoad(e);
      });
  }

  override render() {
    const back = html`<p><a href=${href('t', this.where.tenant, 'm', this.where.moduleId, this.view.id)}>
      ← ${pick(this.view.label)}</a></p>`;
    if (this.error) return html`${back}<p class="error" role="alert">${this.error}</p>`;
    if (!this.row) return html`${back}<p role="status">${t('common.loading')}</p>`;
    const row = this.row;
    const { tenant, moduleId } = this.where;
    const actions = (this.view.actions ?? []).filter((a) => a.record && can(this.grants, a.permission) && offeredFor(a, row));
    return html`${back}<h1>${pick(this.view.label)}</h1>
      <dl>${(this.view.fields ?? []).map((f) => html`<dt>${pick(f.label)}</dt><dd>${displayValue(f, row) || '—'}</dd>`)}</dl>
      ${actions.length ? html`<div class="row">${actions.map((a) => html`
        <a class="button" href=${href('t', tenant, 'm', moduleId, a.view, this.recordId)}>${pick(a.label)}</a>`)}</div>` : ''}
      ${(this.view.related ?? []).filter((r) => can(this.grants, r.permission)).map((r) => html`
        <module-related-list .where=${this.where} .related=${r} .recordId=${this.recordId} .record=${row}
          .grants=${this.grants}></module-related-list>`)}`;
  }
}

customElements.define('module-detail', ModuleDetail);
