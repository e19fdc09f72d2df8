import { LitElement, css, html } from 'lit';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { icon } from './icons';
import { menuItems } from './menu-items';

/** The menu as large tiles: what this person may open here; a plain sentence when that is nothing (no empty list). */
export class HomeScreen extends LitElement {
  static override properties = { ctx: { attribute: false } };
  static override styles = [shared, css`
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; padding: 0; }
    .tiles li { list-style: none; }
    .tiles a {
      display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 8px;
      min-height: 110px; padding: 12px; border: 2px solid #1f5f7a; border-radius: 12px;
      text-decoration: none; color: #1f5f7a; font-weight: 600; text-align: center;
    }
  `];

  declare ctx: TenantContext;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const items = menuItems(this.ctx);
    return html`
      <h1>${pick(this.ctx.tenant.names)}</h1>
      ${items.length === 0 ? html`<p class="muted" id="nothing-to-open">${t('home.empty')}</p>` : html`
        <nav aria-label=${t('menu.label')}>
          <ul class="tiles" id="menu">
            ${items.map((item) => html`<li><a href=${item.href} data-menu=${item.id}>${icon(item.icon, 36)}${item.label}</a></li>`)}
          </ul>
        </nav>`}
    `;
  }
}

customElements.define('home-screen', HomeScreen);
