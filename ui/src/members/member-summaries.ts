import { LitElement, css, html, type PropertyValues } from 'lit';
import { href } from '../core/router';
import { explainProblem } from '../core/problem-words';
import { LocaleController } from '../i18n/locale-controller';
import { usesKhmerDigits, pick, t } from '../i18n/locale';
import { toKhmerDigits } from '../i18n/numerals';
import { shared } from '../styles/shared';
import { memberSummaries, type ModuleSummary } from './member-api';

/**
 * What each module switched on here holds about the member (cases, dues standing, ...), as the
 * modules answer it for the person's own permissions, with a link to the module's view.
 */
export class MemberSummaries extends LitElement {
  static override properties = {
    tenant: { type: String }, memberId: { type: String },
    entries: { state: true }, error: { state: true },
  };
  static override styles = [shared, css`
    .summary { border: 1px solid #ddd; border-radius: 8px; padding: 0.2em 0.8em 0.6em; margin: 0.6em 0; }
    dl { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 0.2em 0.8em; margin: 0.4em 0; }
    dd { margin: 0; }
  `];

  declare tenant: string;
  declare memberId: string;
  declare entries: ModuleSummary[] | null;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.entries = null;
    this.error = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tenant') || changed.has('memberId')) void this.load();
  }

  private async load(): Promise<void> {
    const wanted = this.memberId;
    this.entries = null;
    this.error = '';
    try {
      const entries = await memberSummaries(this.tenant, wanted);
      if (wanted === this.memberId) this.entries = Array.isArray(entries) ? entries : [];
    } catch (e) {
      if (wanted === this.memberId) this.error = explainProblem(e);
    }
  }

  override render() {
    const body = this.error ? html`<p class="error" role="alert">${this.error}</p>`
      : this.entries === null ? html`<p role="status">${t('common.loading')}</p>`
        : this.entries.length === 0 ? html`<p class="muted">${t('summaries.none')}</p>`
          : this.entries.map((e) => this.renderEntry(e));
    return html`<section aria-labelledby="summaries-title" id="summaries">
      <h2 id="summaries-title">${t('summaries.title')}</h2>${body}</section>`;
  }

  private renderEntry(entry: ModuleSummary) {
    const module = pick(entry.moduleName);
    if (entry.unavailable || !entry.summary) {
      return html`<p class="error summary" data-module=${entry.module}>${t('summaries.unavailable', { module })}</p>`;
    }
    const s = entry.summary;
    return html`<div class="summary" data-module=${entry.module}>
      <h3>${pick(s.title)}</h3>
      <dl>${s.lines.map((line) => html`<dt>${pick(line.label)}</dt><dd>${digits(pick(line.value))}</dd>`)}</dl>
      ${s.view ? html`<a href=${href('t', this.tenant, 'm', entry.module, s.view)}>${t('summaries.open', { module })}</a>` : ''}
    </div>`;
  }
}

/** Counts arrive as Latin digits in both languages; written in Khmer digits where the person chose them. */
function digits(text: string): string {
  return usesKhmerDigits() ? toKhmerDigits(text) : text;
}

customElements.define('member-summaries', MemberSummaries);
