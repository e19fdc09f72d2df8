import { LitElement, css, html, type PropertyValues } from 'lit';
import { api, seg } from '../core/api';
import { explainLoad } from '../core/problem-words';
import type { LocalizedText, TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import type { PublishedCell } from './figures';
import { figuresStyles, figuresTable } from './figures-table';
import './network-shared-lists';

/** GET /api/t/{network}/dashboard, as the server answers it. */
export interface Dashboard {
  network: string;
  minimumCount: number;
  organisations: {
    organisation: string;
    names: LocalizedText;
    indicators: {
      id: string; names: LocalizedText; cells: PublishedCell[]; total?: number | null;
      cellNames?: Record<string, LocalizedText> | null;
    }[];
  }[];
}

/** Whether any organisation publishes anything: otherwise the screen says so in one sentence. */
export function publishesAnything(dashboard: Dashboard): boolean {
  return dashboard.organisations.some((o) => o.indicators.length > 0);
}

/**
 * The network's dashboard (#/t/{network}/dashboard): per organisation, each indicator it
 * publishes, small cells hidden by the server. No row of any organisation reaches this screen.
 */
export class NetworkDashboard extends LitElement {
  static override properties = { ctx: { attribute: false }, dashboard: { state: true }, error: { state: true } };
  static override styles = [shared, figuresStyles, css`
    section.organisation { border-top: 2px solid #1f5f7a; margin-top: 1em; }
  `];

  declare ctx: TenantContext;
  declare dashboard: Dashboard | null;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.dashboard = null;
    this.error = '';
  }

  /** Loaded in willUpdate: this screen's code may arrive after the app has set `ctx`. */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private async load(): Promise<void> {
    this.error = '';
    try {
      this.dashboard = await api<Dashboard>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/dashboard`);
    } catch (e) {
      this.error = explainLoad(e);
    }
  }

  private renderOrganisation(org: Dashboard['organisations'][number], index: number, minimum: number) {
    const headingId = `org-${index}`;
    return html`<section class="organisation" aria-labelledby=${headingId} data-organisation=${org.organisation}>
      <h2 id=${headingId}>${pick(org.names)}</h2>
      ${org.indicators.length === 0 ? html`<p class="muted">${t('dashboard.orgEmpty')}</p>`
        : org.indicators.map((i, n) => figuresTable(i, pick(i.names), minimum, `${headingId}-${n}`))}
    </section>`;
  }

  override render() {
    const d = this.dashboard;
    return html`
      <h1>${t('dashboard.title')}</h1>
      <p>${t('dashboard.explain')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!d ? (this.error ? '' : html`<p role="status">${t('common.loading')}</p>`)
        : !publishesAnything(d) ? html`<p class="notice" id="nothing-published">${t('dashboard.empty')}</p>`
        : d.organisations.map((o, n) => this.renderOrganisation(o, n, d.minimumCount))}
      <network-shared-lists .ctx=${this.ctx}></network-shared-lists>
    `;
  }
}

customElements.define('network-dashboard', NetworkDashboard);
