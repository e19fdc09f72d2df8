import { LitElement, css, html } from 'lit';
import { api } from '../core/api';
import { navigate, href } from '../core/router';
import { endSession, session } from '../core/session';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { icon } from './icons';
import { PASSWORD_ROUTE } from '../passwords/password-route';
import './quick-exit-button';
import './language-switch';
import './digits-switch';

/** The bar on every page: neutral name, language, quick exit; once logged in, home and logout. */
export class AppHeader extends LitElement {
  static override properties = { ctx: { attribute: false }, signedIn: { type: Boolean } };
  static override styles = [shared, css`
    header { border-bottom: 1px solid #ccc; background: #fff; position: sticky; top: 0; z-index: 10; }
    .bar { max-width: 960px; margin: 0 auto; padding: 6px 12px; display: flex; align-items: center; gap: 8px; }
    .name { font-weight: 700; flex: 1; }
    .where { max-width: 960px; margin: 0 auto; padding: 0 12px 6px; display: flex; gap: 8px; align-items: center; }
    .where .tenant { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  `];

  declare ctx: TenantContext | null;
  declare signedIn: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.ctx = null;
    this.signedIn = false;
  }

  private async logout(): Promise<void> {
    try {
      await api('POST', '/api/auth/logout');
    } catch {
      /* the session may already be gone; the token is dropped either way */
    }
    endSession();
    navigate('/login');
  }

  override render() {
    const slug = this.ctx?.tenant.slug ?? session()?.tenant;
    const home = slug ? href('t', slug) : '#/login';
    const twoStep = slug ? href('t', slug, 'two-step') : '#/login';
    return html`
      <header>
        <div class="bar">
          <span class="name">${t('app.name')}</span>
          <language-switch></language-switch>
          <digits-switch></digits-switch>
          <quick-exit-button></quick-exit-button>
        </div>
        ${this.signedIn ? html`
          <nav class="where" aria-label=${t('nav.label')}>
            <a class="button secondary" href=${home} aria-label=${t('nav.home')}>${icon('home')}</a>
            <span class="tenant">${this.ctx ? pick(this.ctx.tenant.names) : ''}</span>
            <a class="button secondary" id="two-step" href=${twoStep} aria-label=${t('nav.twoStep')}
              title=${t('nav.twoStep')}>${icon('lock')}</a>
            <a class="button secondary" href="#/${PASSWORD_ROUTE}" id="change-password" aria-label=${t('nav.password')}
              title=${t('nav.password')}>${icon('key')}</a>
            <button class="secondary" @click=${this.logout}>${t('nav.logout')}</button>
          </nav>` : ''}
      </header>
    `;
  }
}

customElements.define('app-header', AppHeader);
