import { LitElement, css, html } from 'lit';
import { href } from '../core/router';
import { loadTenant, type TenantContext, type TenantView } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import './tenant-create';

/** The tenants below this one (networks, organisations, chapters), opened a level at a time. */
export class TenantTree extends LitElement {
  static override properties = { ctx: { attribute: false }, nodes: { state: true }, open: { state: true } };
  static override styles = [shared, css`
    ul { list-style: none; padding-left: 1.2em; }
    li { margin: 4px 0; }
    .type { font-size: 0.9em; }
  `];

  declare ctx: TenantContext;
  declare nodes: Map<string, TenantView>;
  declare open: Set<string>;

  constructor() {
    super();
    new LocaleController(this);
    this.nodes = new Map();
    this.open = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.nodes = new Map([[this.ctx.tenant.slug, this.ctx.tenant]]);
    this.open = new Set([this.ctx.tenant.slug]);
    this.ctx.tenant.children.forEach((c) => this.fetch(c));
  }

  private async fetch(slug: string): Promise<void> {
    if (this.nodes.has(slug)) return;
    try {
      const node = await loadTenant(slug);
      this.nodes = new Map(this.nodes).set(slug, node);
    } catch {
      /* a child this caller may not read is left out */
    }
  }

  private toggle(slug: string): void {
    const open = new Set(this.open);
    if (open.has(slug)) open.delete(slug);
    else {
      open.add(slug);
      this.nodes.get(slug)?.children.forEach((c) => this.fetch(c));
    }
    this.open = open;
  }

  private renderNode(slug: string): unknown {
    const node = this.nodes.get(slug);
    if (!node) return html`<li>${slug}</li>`;
    const expanded = this.open.has(slug);
    return html`<li>
      ${node.children.length ? html`<button class="secondary" aria-expanded=${expanded}
        aria-label=${t(expanded ? 'tenants.collapse' : 'tenants.expand', { name: pick(node.names) })}
        @click=${() => this.toggle(slug)}>${expanded ? '−' : '+'}</button>` : ''}
      <a href=${href('t', slug)}>${pick(node.names)}</a>
      <span class="muted type">${t(`tenants.type.${node.type}` as 'tenants.type.chapter')}${node.status !== 'active'
        ? ' · ' + t('tenants.notActive') : ''}</span>
      ${expanded && node.children.length ? html`<ul>${node.children.map((c) => this.renderNode(c))}</ul>` : ''}
    </li>`;
  }

  override render() {
    return html`
      <h1>${t('tenants.title')}</h1>
      <ul style="padding-left:0">${this.renderNode(this.ctx.tenant.slug)}</ul>
      <tenant-create .ctx=${this.ctx} @created=${(e: CustomEvent<string>) => {
        this.ctx.tenant.children.push(e.detail);
        this.fetch(e.detail);
        this.nodes = new Map(this.nodes).set(this.ctx.tenant.slug, { ...this.ctx.tenant });
      }}></tenant-create>
    `;
  }
}

customElements.define('tenant-tree', TenantTree);
