import { LitElement, css, html } from 'lit';
import { onUnauthorised } from '../core/api';
import { currentRoute, navigate, replaceLinkNavigation, type Route } from '../core/router';
import { session } from '../core/session';
import { loadTenantContext, type TenantContext } from '../core/tenant-context';
import { onQuickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { renderScreen } from './screens';
import './app-header';

/** The root: follows the hash route, keeps the tenant context the screens share, draws the header. */
export class SahakumApp extends LitElement {
  static override properties = { route: { state: true }, ctx: { state: true }, failed: { state: true } };
  static override styles = [shared, css`
    main { max-width: 960px; margin: 0 auto; padding: 0 12px 48px; }
  `];

  declare route: Route;
  declare ctx: TenantContext | null;
  declare failed: boolean;
  private loading = '';

  constructor() {
    super();
    new LocaleController(this);
    this.route = currentRoute();
    this.ctx = null;
    this.failed = false;
    replaceLinkNavigation(this);
    window.addEventListener('hashchange', () => this.follow());
    onUnauthorised(() => navigate('/login'));
    onQuickExit(() => {
      this.ctx = null;
    });
    this.addEventListener('context-changed', () => this.reloadContext());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  private follow(): void {
    this.route = currentRoute();
    const [first, slug] = this.route.parts;
    const signedIn = session() !== null;
    if (first === 'join') return;
    if (!signedIn && first !== 'login') return navigate('/login');
    if (signedIn && (first === undefined || first === 'login')) return navigate(`/t/${session()!.tenant}`);
    if (first === 't' && slug && this.ctx?.tenant.slug !== slug && this.loading !== slug) this.reloadContext(slug);
    this.moveFocusToMain();
  }

  private async reloadContext(slug = this.ctx?.tenant.slug): Promise<void> {
    if (!slug) return;
    this.loading = slug;
    this.failed = false;
    try {
      const ctx = await loadTenantContext(slug);
      if (this.loading === slug) this.ctx = ctx;
    } catch {
      if (this.loading === slug) this.failed = true;
    } finally {
      if (this.loading === slug) this.loading = '';
    }
  }

  /** After a screen change, a screen reader starts at the new content. */
  private async moveFocusToMain(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector('main')?.focus({ preventScroll: false });
  }

  override render() {
    const [first, slug] = this.route.parts;
    const ctx = first === 't' && this.ctx?.tenant.slug === slug ? this.ctx : null;
    return html`
      <app-header .ctx=${ctx} .signedIn=${session() !== null}></app-header>
      <main tabindex="-1">
        ${this.failed ? html`<p class="error" role="alert">${t('error.load')}</p>` : renderScreen(this.route, ctx)}
      </main>
    `;
  }
}

customElements.define('sahakum-app', SahakumApp);
