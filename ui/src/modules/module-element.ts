import { LitElement, css, html, type PropertyValues } from 'lit';
import { href } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { currentLanguage, pick, t, usesKhmerDigits } from '../i18n/locale';
import { shared } from '../styles/shared';
import { elementContext } from './element-context';
import { defineModuleElement } from './element-loader';
import { whereChanged, type ModuleWhere } from './module-where';
import type { ViewDefinition } from './ui-definition';

type ModuleCustomElement = HTMLElement & { context?: unknown };

/**
 * A view the module draws with its own custom element, where data cannot say it: the element's
 * script is fetched from the core on first use, and the element gets a context object. It sits in
 * this shadow root, so the app's shared look reaches what it renders in its light DOM.
 */
export class ModuleElement extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, view: { attribute: false }, recordId: { type: String },
    element: { state: true }, failed: { state: true },
  };
  static override styles = [shared, css`
    @media print { .back { display: none; } }
  `];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare recordId: string;
  declare element: ModuleCustomElement | null;
  declare failed: boolean;
  /** Counts loads: only the latest one's element is shown. */
  private loads = 0;
  /** The language and digits the element's context was made with. */
  private contextLocale = '';

  constructor() {
    super();
    new LocaleController(this);
    this.element = null;
    this.failed = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('where') || changed.has('view') || changed.has('recordId')) {
      this.load();
    } else if (this.element && this.contextLocale !== locale()) {
      this.provide(this.element);
    }
  }

  private async load(): Promise<void> {
    const ticket = ++this.loads;
    this.element = null;
    this.failed = false;
    try {
      await defineModuleElement(this.where.tenant, this.where.moduleId, this.view);
      if (ticket !== this.loads) return;
      const element = document.createElement(this.view.tag!) as ModuleCustomElement;
      this.provide(element);
      this.element = element;
    } catch {
      if (ticket === this.loads) this.failed = true;
    }
  }

  private provide(element: ModuleCustomElement): void {
    this.contextLocale = locale();
    element.context = elementContext(this.where.tenant, this.where.moduleId, this.recordId || null,
      { modules: this.where.modules ?? [], grants: this.where.grants });
  }

  override render() {
    const back = this.view.after ? html`<p class="back"><a href=${href('t', this.where.tenant, 'm', this.where.moduleId, this.view.after)}>
      ← ${t('common.back')}</a></p>` : '';
    const body = this.failed ? html`<p class="error" role="alert">${t('modules.elementFailed')}</p>`
      : this.element ?? html`<p role="status">${t('common.loading')}</p>`;
    return html`${back}<h1>${pick(this.view.label)}</h1>${body}`;
  }
}

function locale(): string {
  return `${currentLanguage()}|${usesKhmerDigits()}`;
}

customElements.define('module-element', ModuleElement);
