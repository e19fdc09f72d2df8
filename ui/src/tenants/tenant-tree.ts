import { LitElement, css, html, type PropertyValues } from 'lit';
import { can } from '../core/grants';
import { href } from '../core/router';
import { loadSubtree, type TenantContext, type TenantView } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import './tenant-create';
import '../network/admin-invite-issue';

/** The tenants below this one (networks, organisations, chapters), fetched in one call, opened a level at a time. */
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
  /** Counts tree fetches: only the latest one's answer is kept. */
  private fetches = 0;

  constructor() {
    super();
    new LocaleController(this);
    this.nodes = new Map();
    this.open = new Set();
  }

  /**
   * Drawn anew from every context the app hands over (after a chapter is made here, the context is
   * loaded again and lists it). Not in connectedCallback: this screen's code arrives after the app
   * has set `ctx`, and Lit hands such early properties over only at the first update.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('ctx')) return;
    const root = this.ctx.tenant.slug;
    const stillOpen = [...this.open].filter((slug) => slug !== root);
    this.nodes = new Map([[root, this.ctx.tenant]]);
    this.open = new Set([root, ...stillOpen]);
    this.fetchTree(root);
  }

  private async fetchTree(root: string): Promise<void> {
    const ticket = ++this.fetches;
    try {
      const tree = await loadSubtree(root);
      if (ticket === this.fetches) this.nodes = new Map(tree.map((node) => [node.slug, node]));
    } catch {
      /* the root is drawn from the context; a child not fetched shows its slug */
    }
  }

  private toggle(slug: string): void {
    const open = new Set(this.open);
    if (open.has(slug)) open.delete(slug);
    else open.add(slug);
    this.open = open;
  }

  /**
   * Whoever makes networks and organisations here may invite each one's first admin, again if a
   * link was lost, and withdraw a leaked one; once it has an account the server's list says so and
   * the invite element shows that instead. Chapters' admins come from their organisation's accounts.
   */
  private invitesAdminOf(node: TenantView): boolean {
    return node.parent === this.ctx.tenant.slug && (node.type === 'network' || node.type === 'organisation')
      && can(this.ctx.grants, 'tenant:create');
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
      ${this.invitesAdminOf(node) ? html`<admin-invite-issue .tenant=${slug} .name=${pick(node.names)}></admin-invite-issue>` : ''}
      ${expanded && node.children.length ? html`<ul>${node.children.map((c) => this.renderNode(c))}</ul>` : ''}
    </li>`;
  }

  override render() {
    return html`
      <h1>${t('tenants.title')}</h1>
      <ul style="padding-left:0">${this.renderNode(this.ctx.tenant.slug)}</ul>
      <tenant-create .ctx=${this.ctx}></tenant-create>
    `;
  }
}

customElements.define('tenant-tree', TenantTree);
