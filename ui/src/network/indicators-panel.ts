import { LitElement, html, type PropertyValues } from 'lit';
import { explainProblem, explainLoad } from '../core/problem-words';
import { api, seg } from '../core/api';
import { refusalStatus } from '../core/form-controller';
import type { LocalizedText, TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import type { PublishedTable } from './figures';
import { figuresStyles, figuresTable } from './figures-table';

/** One indicator as GET /api/t/{org}/indicators answers it: `asPublished` is what the network sees, or would. */
interface IndicatorView {
  id: string;
  names: LocalizedText;
  published: boolean;
  asPublished: PublishedTable | null;
  cellNames?: Record<string, LocalizedText> | null;
}

/** The smallest count the server ever shows (SmallCellSuppression.MIN); the dashboard answers it too. */
const MINIMUM_COUNT = 5;

/**
 * The organisation's figures for its network: each indicator offered here (the core's and the
 * switched-on modules'), a switch to publish it, and the table exactly as the network would see it.
 */
export class IndicatorsPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, indicators: { state: true }, error: { state: true }, said: { state: true },
    busy: { state: true },
  };
  static override styles = [shared, figuresStyles];

  declare ctx: TenantContext;
  declare indicators: IndicatorView[] | null;
  declare error: string;
  declare said: string;
  declare busy: string;

  constructor() {
    super();
    new LocaleController(this);
    this.indicators = null;
    this.error = '';
    this.said = '';
    this.busy = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/indicators`;
  }

  private async load(): Promise<void> {
    try {
      this.indicators = await api<IndicatorView[]>('GET', this.base());
    } catch (e) {
      this.indicators = [];
      this.error = explainLoad(e);
    }
  }

  private async publish(box: HTMLInputElement, indicator: IndicatorView): Promise<void> {
    const published = box.checked;
    this.busy = indicator.id;
    this.error = '';
    this.said = '';
    try {
      const now = await api<IndicatorView>('PUT', `${this.base()}/${seg(indicator.id)}`, { published });
      this.indicators = (this.indicators ?? []).map((i) => (i.id === now.id ? now : i));
      this.said = t(published ? 'indicators.publishedNow' : 'indicators.withdrawnNow', { name: pick(now.names) });
    } catch (e) {
      box.checked = !published;
      this.error = refusalStatus(e) === 403 ? t('error.forbidden') : explainProblem(e);
    } finally {
      this.busy = '';
    }
  }

  private renderIndicator(indicator: IndicatorView, index: number) {
    const name = pick(indicator.names);
    return html`<li data-indicator=${indicator.id}>
      <label class="check">
        <input type="checkbox" role="switch" .checked=${indicator.published} ?disabled=${this.busy === indicator.id}
          @change=${(e: Event) => this.publish(e.target as HTMLInputElement, indicator)} />
        ${name} <span class="muted">${indicator.published ? t('indicators.published') : t('indicators.notPublished')}</span>
      </label>
      ${indicator.asPublished
        ? figuresTable({ ...indicator.asPublished, cellNames: indicator.cellNames }, `${t('indicators.preview')}: ${name}`, MINIMUM_COUNT, `preview-${index}`)
        : html`<p class="muted">${t('indicators.noCounts')}</p>`}
    </li>`;
  }

  override render() {
    return html`
      <h2>${t('admin.indicators')}</h2>
      <p>${t('indicators.explain')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <p role="status" class="muted">${this.said}</p>
      ${this.indicators === null ? html`<p role="status">${t('common.loading')}</p>` : html`
        <ul class="list">${this.indicators.map((i, n) => this.renderIndicator(i, n))}</ul>
        ${this.indicators.length === 0 && !this.error ? html`<p class="muted">${t('indicators.none')}</p>` : ''}`}
    `;
  }
}

customElements.define('indicators-panel', IndicatorsPanel);
