import { LitElement, css, html } from 'lit';
import { ApiError, api } from '../core/api';
import { explainProblem } from '../core/problem-words';
import type { Grants } from '../core/grants';
import { formatNumber } from '../i18n/format';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { barChart, chartStyles } from '../charts/bar-chart';
import { crossChartGroups, crossTable, type CrossCell, type CrossTableAnswer, type CrossTableWords } from './cross-table';
import { displayValue } from './field-values';
import { offeredExports } from './list-exports';
import { whereChanged, type ModuleWhere } from './module-where';
import { resourcePath } from './module-source';
import { queryForm, readQuery, readableUnasked } from './query-fields';
import type { ViewDefinition } from './ui-definition';
import './export-buttons';

/**
 * A report view (kind `table`): the person chooses the query (rows, columns, period), and the
 * module's rows × columns answer is drawn with its totals; a suppressed count reads "hidden", as on the network dashboard.
 * The view's fields name the dimensions and give their values' labels.
 */
export class ModuleTable extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, view: { attribute: false }, grants: { attribute: false },
    answer: { state: true }, error: { state: true }, busy: { state: true }, queryErrors: { state: true },
  };
  static override styles = [shared, chartStyles, css`
    :host { display: block; min-width: 0; max-width: 100%; }
    .suppressed { font-style: italic; color: #555; }
    td { text-align: end; }
    /* the frame scrolls, never the page: a grid or flex parent would otherwise let it grow to the table's width */
    .scroll { max-width: 100%; min-width: 0; }
  `];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare grants: Grants;
  declare answer: CrossTableAnswer | null;
  declare error: string;
  declare busy: boolean;
  declare queryErrors: Record<string, string>;
  private chosen = new URLSearchParams();

  constructor() {
    super();
    new LocaleController(this);
    this.answer = null;
    this.error = '';
    this.busy = false;
    this.queryErrors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (readableUnasked(this.view.query)) this.load(new URLSearchParams());
  }

  private readonly choose = (event: SubmitEvent) => {
    event.preventDefault();
    const { params, errors } = readQuery(this.view.query ?? [], new FormData(event.target as HTMLFormElement));
    this.queryErrors = errors;
    if (Object.keys(errors).length === 0) this.load(params);
  };

  private async load(params: URLSearchParams): Promise<void> {
    this.busy = true;
    this.error = '';
    this.chosen = params;
    try {
      const query = [...params].length ? `?${params}` : '';
      this.answer = await api<CrossTableAnswer>('GET', `${resourcePath(this.where.tenant, this.where.moduleId, this.view.resource)}${query}`);
    } catch (e) {
      this.answer = null;
      // a refused query reads in the app's words, naming the query field it is about
      this.error = e instanceof ApiError && e.status < 500 ? explainProblem(e, (name) => {
        const field = (this.view.query ?? []).find((f) => f.name === name);
        return field ? pick(field.label) : undefined;
      }) : t('error.load');
    } finally {
      this.busy = false;
    }
  }

  private words(): CrossTableWords {
    const field = (name: string) => (this.view.fields ?? []).find((f) => f.name === name);
    return {
      valueLabel: (dimension, value) => {
        const f = field(dimension);
        return f ? displayValue(f, { [dimension]: value }) : value;
      },
      dimensionLabel: (dimension) => pick(field(dimension)?.label) || dimension,
      number: formatNumber,
      hidden: t('figures.hidden'),
      total: t('modules.total'),
    };
  }

  override render() {
    const label = pick(this.view.label);
    return html`<h1>${label}</h1>
      ${this.view.query?.length ? queryForm(this.view.query, this.queryErrors, label, this.choose, this.busy) : ''}
      ${this.answer ? html`<export-buttons .exports=${offeredExports(this.where, this.view, this.grants ?? {}, this.chosen)}>
        </export-buttons>` : ''}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.busy ? html`<p role="status">${t('common.loading')}</p>` : this.answer ? this.table(this.answer) : ''}`;
  }

  private table(answer: CrossTableAnswer) {
    if (answer.rows.length === 0) return html`<p class="muted">${t('modules.empty')}</p>`;
    const table = crossTable(answer, this.words());
    const cell = (c: CrossCell) => html`<td class=${c.suppressed ? 'suppressed' : ''}>${c.text}</td>`;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${pick(this.view.label)}><table>
      <caption>${table.corner}</caption>
      <thead><tr><th scope="col">${table.corner}</th>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
      <tbody>
        ${table.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.cells.map(cell)}</tr>`)}
        <tr><th scope="row">${t('modules.total')}</th>${table.totals.map(cell)}</tr>
      </tbody>
    </table></div>
    ${barChart(crossChartGroups(answer, table), pick(this.view.label), `report-${this.view.id}`)}
    <p class="muted">${t('figures.hiddenNote', { min: formatNumber(answer.threshold ?? 5) })}</p>`;
  }
}

customElements.define('module-table', ModuleTable);
