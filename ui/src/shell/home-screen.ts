import { LitElement, css, html } from 'lit';
import { api } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { formatNumber } from '../i18n/format';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { icon, pathIcon } from './icons';
import { menuGroups, type CountTile, type MenuGroup } from './menu-items';

/**
 * What this person may open here, grouped: the register, each module with its icon, running the group. Each group
 * starts with the numbers that matter (people held now, members waiting for approval), read when the screen opens;
 * a number that cannot be read is left out rather than shown wrong. A plain sentence when there is nothing.
 */
export class HomeScreen extends LitElement {
  static override properties = { ctx: { attribute: false }, counted: { state: true } };
  static override styles = [shared, css`
    .group { margin: 0 0 20px; }
    .group h2 { display: flex; align-items: center; gap: 8px; color: #1f5f7a; }
    .counts, .tiles { display: grid; gap: 8px; padding: 0; margin: 0 0 8px; }
    .counts { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
    .tiles { grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); }
    .counts li, .tiles li { list-style: none; }
    .counts a {
      display: flex; align-items: baseline; gap: 8px; min-height: 44px; padding: 8px 12px; border-radius: 12px;
      background: #1f5f7a; color: #fff; text-decoration: none; font-weight: 600;
    }
    .counts strong { font-size: 1.6rem; line-height: 1.2; }
    .tiles a {
      display: flex; align-items: center; gap: 8px; min-height: 56px; padding: 8px 12px; border: 2px solid #1f5f7a;
      border-radius: 12px; text-decoration: none; color: #1f5f7a; font-weight: 600;
    }
  `];

  declare ctx: TenantContext;
  /** The numbers read for the context shown, by count id. */
  declare counted: Map<string, number>;
  private countedFor: TenantContext | null = null;

  constructor() {
    super();
    new LocaleController(this);
    this.counted = new Map();
  }

  /** A new context (another tenant, a module switched): its numbers are read afresh, the old ones dropped first. */
  override willUpdate(): void {
    if (this.ctx && this.countedFor !== this.ctx) {
      this.countedFor = this.ctx;
      this.counted = new Map();
      void this.readCounts(this.ctx);
    }
  }

  private async readCounts(ctx: TenantContext): Promise<void> {
    const counts = menuGroups(ctx).flatMap((g) => g.counts);
    await Promise.all(counts.map(async (count) => {
      try {
        const answer = await api<{ count: number }>('GET', count.source);
        if (this.countedFor === ctx && typeof answer.count === 'number') {
          this.counted = new Map(this.counted).set(count.id, answer.count);
        }
      } catch {
        /* a number that cannot be read now is simply not shown; the screens behind it say why */
      }
    }));
  }

  private renderCount(count: CountTile) {
    const n = this.counted.get(count.id);
    if (n === undefined) return '';
    const body = html`<strong>${formatNumber(n)}</strong> <span>${count.label}</span>`;
    return html`<li>${count.href ? html`<a href=${count.href} data-count=${count.id}>${body}</a>`
      : html`<span class="button" data-count=${count.id}>${body}</span>`}</li>`;
  }

  private renderGroup(group: MenuGroup) {
    const heading = `group-${group.id}`;
    const drawn = typeof group.icon === 'string' ? icon(group.icon, 28) : pathIcon(group.icon.path, 28);
    const counts = group.counts.filter((c) => this.counted.has(c.id));
    return html`
      <section class="group" aria-labelledby=${heading} data-group=${group.id}>
        <h2 id=${heading}>${drawn}${group.label}</h2>
        ${counts.length ? html`<ul class="counts">${counts.map((c) => this.renderCount(c))}</ul>` : ''}
        ${group.items.length ? html`<ul class="tiles">
          ${group.items.map((item) => html`<li><a href=${item.href} data-menu=${item.id}>${item.icon ? icon(item.icon) : ''}${item.label}</a></li>`)}
        </ul>` : ''}
      </section>`;
  }

  override render() {
    const groups = menuGroups(this.ctx);
    return html`
      <h1>${pick(this.ctx.tenant.names)}</h1>
      ${groups.length === 0 ? html`<p class="muted" id="nothing-to-open">${t('home.empty')}</p>` : html`
        <nav aria-label=${t('menu.label')} id="menu">${groups.map((g) => this.renderGroup(g))}</nav>`}
    `;
  }
}

customElements.define('home-screen', HomeScreen);
