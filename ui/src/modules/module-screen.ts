import { LitElement, css, html } from 'lit';
import { can } from '../core/grants';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { viewWorksHere } from '../shell/menu-items';
import { findView } from './ui-definition';
import './module-list';
import './module-form';
import './module-detail';
import './module-element';
import './module-table';

/**
 * One view of a module, drawn from its UI definition: a list, a form (of a record too), a record's
 * detail, a report table, or the module's own custom element where data cannot say it. A module that is off here (or that this
 * caller may not use) shows nothing of its data.
 */
export class ModuleScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false }, moduleId: { type: String }, viewId: { type: String }, recordId: { type: String },
    itemId: { type: String },
  };
  // a wide table scrolls in its own frame: the screen never grows past the page's width
  static override styles = [shared, css`:host { display: block; min-width: 0; max-width: 100%; }`];

  declare ctx: TenantContext;
  declare moduleId: string;
  declare viewId: string;
  declare recordId: string;
  /** A related row's key, for the record forms opened from that row. */
  declare itemId: string;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const module = this.ctx.modules.find((m) => m.id === this.moduleId && m.enabled);
    const view = module?.ui ? findView(module.ui, this.viewId) : undefined;
    if (!module?.ui || !view) return html`<p>${t('modules.unavailable')}</p>`;
    if (!viewWorksHere(this.ctx, module, view.id)) return html`<p class="notice" id="kept-elsewhere">${t('home.keptAtOrganisation')}</p>`;
    if (!can(this.ctx.grants, view.permission)) return html`<p>${t('error.forbidden')}</p>`;
    const common = { tenant: this.ctx.tenant.slug, moduleId: module.id };
    if (view.kind === 'element') {
      const around = { ...common, modules: this.ctx.modules.filter((m) => m.enabled).map((m) => m.id), grants: this.ctx.grants };
      return html`<module-element .where=${around} .view=${view} .recordId=${this.recordId}></module-element>`;
    }
    if (view.kind === 'form') {
      return html`<module-form .where=${common} .view=${view} .recordId=${this.recordId ?? ''}
        .itemId=${this.itemId ?? ''}></module-form>`;
    }
    if (this.recordId) {
      return html`<module-detail .where=${common} .view=${view} .recordId=${this.recordId}
        .grants=${this.ctx.grants}></module-detail>`;
    }
    switch (view.kind) {
      case 'list':
        return html`<module-list .where=${common} .ui=${module.ui} .view=${view} .grants=${this.ctx.grants}></module-list>`;
      case 'table':
        return html`<module-table .where=${common} .view=${view} .grants=${this.ctx.grants}></module-table>`;
      default:
        return html`<p>${t('modules.unsupportedView')}</p>`;
    }
  }
}

customElements.define('module-screen', ModuleScreen);
