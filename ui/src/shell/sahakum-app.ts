import { LitElement, css, html } from 'lit';
import { onUnauthorised } from '../core/api';
import { currentRoute, navigate, replaceLinkNavigation, type Route } from '../core/router';
import { session } from '../core/session';
import { loadTenantContext, type TenantContext } from '../core/tenant-context';
import { onQuickExit } from '../core/quick-exit';
import { onTenantChanged } from '../core/tenant-changes';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { renderScreen } from './screens';
import { WELCOME_ROUTE } from '../network/admin-invite-link';
import { PASSWORD_ROUTE, passwordChangeFirst } from '../passwords/password-route';
import './app-header';
import './connection-banner';

/** The root: follows the hash route, keeps the tenant context the screens share, draws the header. */
export class SahakumApp extends LitElement {
  static override properties = { route: { state: true }, ctx: { state: true }, failed: { state: true } };
  static override styles = [shared, css`
    main { max-width: 960px; margin: 0 auto; padding: 0 12px 48px; }
    @media print { app-header { display: none; } }
  `];

  declare route: Route;
  declare ctx: TenantContext | null;
  declare failed: boolean;
  /** The tenant whose context is being fetched, so that following a route does not fetch it twice. */
  private loading = '';
  /** Counts context fetches: only the latest one's answer is kept, never an older, slower one. */
  private fetches = 0;

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
    onTenantChanged((slug) => {
      const [first, shown] = this.route.parts;
      if (first === 't' && shown === slug) this.reloadContext(slug);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  private follow(): void {
    this.route = currentRoute();
    const [first, slug] = this.route.parts;
    const signedIn = session() !== null;
    // invite links are opened without a login; a person already logged in keeps their session meanwhile
    if (first === 'join' || first === WELCOME_ROUTE) {
      this.moveFocusToMain();
      return;
    }
    // a context belongs to the account that loaded it: the next login starts afresh
    if (first === 'login') {
      this.ctx = null;
      this.failed = false;
    }
    if (!signedIn && first !== 'login') return navigate('/login');
    if (passwordChangeFirst(session(), first)) return navigate(`/${PASSWORD_ROUTE}`);
    if (signedIn && (first === undefined || first === 'login')) return navigate(`/t/${session()!.tenant}`);
    const current = this.ctx?.tenant.slug === slug && this.loading === '';
    if (first === 't' && slug && !current && this.loading !== slug) this.reloadContext(slug);
    this.moveFocusToMain();
  }

  private async reloadContext(slug: string): Promise<void> {
    const ticket = ++this.fetches;
    this.loading = slug;
    this.failed = false;
    try {
      const ctx = await loadTenantContext(slug);
      if (ticket === this.fetches && session() !== null) this.ctx = ctx;
    } catch {
      if (ticket === this.fetches) this.failed = true;
    } finally {
      if (ticket === this.fetches) this.loading = '';
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
      <connection-banner></connection-banner>
    `;
  }
}

customElements.define('sahakum-app', SahakumApp);
