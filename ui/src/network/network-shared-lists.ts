import { LitElement, html, type PropertyValues } from 'lit';
import { api, seg } from '../core/api';
import { explainLoad } from '../core/problem-words';
import type { LocalizedText, TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { sharedStyles, sharedTable, type SharedRows } from './shared-lists';

/** GET /api/t/{network}/shared-by-organisations, as the server answers it. */
export interface NetworkLists {
  network: string;
  organisations: { organisation: string; names: LocalizedText; lists: SharedRows[] }[];
}

/** On the network's dashboard: the lists of places its organisations share, each as taken that day. */
export class NetworkSharedLists extends LitElement {
  static override properties = { ctx: { attribute: false }, answer: { state: true }, error: { state: true } };
  static override styles = [shared, sharedStyles];

  declare ctx: TenantContext;
  declare answer: NetworkLists | null;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.answer = null;
    this.error = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private async load(): Promise<void> {
    this.error = '';
    try {
      this.answer = await api<NetworkLists>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/shared-by-organisations`);
    } catch (e) {
      this.error = explainLoad(e);
    }
  }

  override render() {
    const a = this.answer;
    return html`
      <h2>${t('sharing.networkTitle')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!a ? (this.error ? '' : html`<p role="status">${t('common.loading')}</p>`)
        : (a.organisations ?? []).length === 0 ? html`<p class="muted" id="nothing-shared">${t('sharing.networkEmpty')}</p>`
        : a.organisations.map((o, n) => html`<section data-organisation=${o.organisation} aria-labelledby=${`shared-org-${n}`}>
            <h3 id=${`shared-org-${n}`}>${pick(o.names)}</h3>
            ${(o.lists ?? []).map((l, k) => sharedTable(l, `shared-${n}-${k}`))}
          </section>`)}
    `;
  }
}

customElements.define('network-shared-lists', NetworkSharedLists);
