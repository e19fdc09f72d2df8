import { LitElement, css, html, type PropertyValues } from 'lit';
import { api, seg } from '../core/api';
import { explainLoad } from '../core/problem-words';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';

/** One chapter as GET /api/t/{org}/team-leaders answers it. */
export interface ChapterLeaders {
  slug: string;
  names: { km: string; en: string };
  status: 'active' | 'suspended';
  teamLeaders: string[];
}

/** The organisation's picture of its team leaders. */
export interface TeamLeaderPicture {
  chapters: ChapterLeaders[];
  withoutTeamLeader: string[];
}

/** The organisation's view of who leads each chapter and where nobody does, first the gaps. */
export class TeamLeadersScreen extends LitElement {
  static override properties = { ctx: { attribute: false }, picture: { state: true }, error: { state: true } };
  static override styles = [shared, css`
    .gaps li { border-inline-start: 4px solid #a4161a; padding-inline-start: 0.6em; }
    .leaders { margin: 0; padding: 0; list-style: none; }
    .leaders li { display: inline; }
    .leaders li + li::before { content: ', '; }
    li { overflow-wrap: anywhere; }
  `];

  declare ctx: TenantContext;
  declare picture: TeamLeaderPicture | null;
  declare error: string;
  private reads = 0;

  constructor() {
    super();
    new LocaleController(this);
    this.picture = null;
    this.error = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private async load(): Promise<void> {
    const ticket = ++this.reads;
    this.error = '';
    try {
      const picture = await api<TeamLeaderPicture>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/team-leaders`);
      if (ticket === this.reads) this.picture = picture;
    } catch (e) {
      if (ticket !== this.reads) return;
      this.error = explainLoad(e);
    }
  }

  override render() {
    const p = this.picture;
    const without = p ? p.chapters.filter((c) => c.teamLeaders.length === 0) : [];
    return html`
      <h1>${t('teamLeaders.title')}</h1>
      <p class="muted">${t('teamLeaders.intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${p === null ? (this.error ? '' : html`<p role="status">${t('common.loading')}</p>`)
        : p.chapters.length === 0 ? html`<p>${t('teamLeaders.noChapters')}</p>` : html`
        <section aria-labelledby="gaps">
          <h2 id="gaps">${t('teamLeaders.without', { count: without.length })}</h2>
          ${without.length === 0 ? html`<p>${t('teamLeaders.allLed')}</p>` : html`
            <ul class="list gaps">${without.map((c) => html`<li data-chapter=${c.slug}>${this.chapterName(c)}</li>`)}</ul>`}
        </section>
        <section aria-labelledby="led">
          <h2 id="led">${t('teamLeaders.byChapter')}</h2>
          <ul class="list">
            ${p.chapters.map((c) => html`<li data-chapter=${c.slug}>
              <strong>${this.chapterName(c)}</strong>
              ${c.teamLeaders.length === 0 ? html`<span class="muted">${t('teamLeaders.nobody')}</span>` : html`
                <ul class="leaders">${c.teamLeaders.map((name) => html`<li>${name}</li>`)}</ul>`}
            </li>`)}
          </ul>
        </section>`}
    `;
  }

  private chapterName(c: ChapterLeaders) {
    const suspended = c.status === 'suspended' ? html` <span class="muted">(${t('teamLeaders.suspended')})</span>` : '';
    return html`${pick(c.names)}${suspended}`;
  }
}

customElements.define('team-leaders-screen', TeamLeadersScreen);
