import { LitElement, css, html } from 'lit';
import { ApiError, api } from '../core/api';
import { explainProblem } from '../core/problem-words';
import { FormController, refusalStatus } from '../core/form-controller';
import type { TenantContext } from '../core/tenant-context';
import { tenantChanged } from '../core/tenant-changes';
import { LocaleController } from '../i18n/locale-controller';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import {
  checkFiles, parseProblems, safeFileName, sameFiles, type DefinitionFile, type DefinitionProblem,
} from './definition-files';

/** What the server answers: the changes (listed, or made) and what it leaves out on purpose. */
interface Outcome {
  applied: boolean;
  changes: string[];
  notes: string[];
}

const CALL = '/api/platform/tenant-definitions';

/**
 * Tenant definitions for the platform operator (#/t/platform/definitions): upload or paste YAML,
 * check it (a dry run lists what would change), then apply exactly what was checked. A refused set
 * changes nothing and shows each problem's file, line and field.
 */
export class TenantDefinitions extends LitElement {
  static override properties = {
    ctx: { attribute: false }, uploaded: { state: true }, checked: { state: true }, outcome: { state: true },
    problems: { state: true },
  };
  static override styles = [shared, css`
    /* Khmer names in YAML need the Khmer font: monospace fonts have no Khmer glyphs */
    textarea { font-family: ui-monospace, monospace, 'Noto Sans Khmer'; font-size: 0.9rem; }
    .changes li { font-family: ui-monospace, monospace, 'Noto Sans Khmer'; font-size: 0.9rem; overflow-wrap: anywhere; }
  `];

  declare ctx: TenantContext;
  declare uploaded: DefinitionFile[];
  /** The files of the last successful check: only these can be applied. */
  declare checked: DefinitionFile[] | null;
  declare outcome: Outcome | null;
  declare problems: DefinitionProblem[];
  private readonly form = new FormController(this);

  constructor() {
    super();
    new LocaleController(this);
    this.uploaded = [];
    this.checked = null;
    this.outcome = null;
    this.problems = [];
  }

  private async read(input: HTMLInputElement): Promise<void> {
    const chosen = [...(input.files ?? [])];
    this.uploaded = await Promise.all(chosen.map(async (f) => ({ name: safeFileName(f.name), text: await f.text() })));
    this.checked = null;
  }

  /** The uploaded files and the pasted one (when something is pasted), as they stand now. */
  private files(): DefinitionFile[] {
    const root = this.shadowRoot!;
    const pasted = root.querySelector<HTMLTextAreaElement>('#pasted')?.value ?? '';
    const name = (root.querySelector<HTMLInputElement>('#pasted-name')?.value ?? '').trim();
    return pasted.trim() ? [...this.uploaded, { name, text: pasted }] : [...this.uploaded];
  }

  private send(dryRun: boolean): Promise<void> {
    const files = this.files();
    this.form.fail('');
    this.problems = [];
    this.outcome = null;
    const wrong = checkFiles(files);
    if (wrong) return Promise.resolve(this.form.fail(t(`definitions.${wrong.problem}`, { name: wrong.name })));
    if (!dryRun && (!this.checked || !sameFiles(files, this.checked))) {
      this.checked = null;
      return Promise.resolve(this.form.fail(t('definitions.changedSince')));
    }
    return this.form.run(async () => {
      this.outcome = await api<Outcome>('POST', CALL, { dryRun, files });
      this.checked = dryRun ? files : null;
      if (this.outcome.applied) tenantChanged(this.ctx.tenant.slug);
      await this.showResult();
    }, (e) => {
      this.checked = null;
      const detail = e instanceof ApiError ? e.detail : '';
      this.problems = refusalStatus(e) === 400 ? parseProblems(detail) : [];
      this.showResult();
      if (this.problems.length) return t('definitions.refused');
      const status = refusalStatus(e);
      return status >= 400 ? explainProblem(e) : t('error.network');
    });
  }

  /** After an answer, a screen reader starts at what it says. */
  private async showResult(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#result')?.focus();
  }

  private renderOutcome(o: Outcome) {
    const heading = o.applied ? t('definitions.applied', { count: formatNumber(o.changes.length) })
      : o.changes.length ? t('definitions.changes') : t('definitions.nothing');
    return html`<section aria-labelledby="result">
      <h2 id="result" tabindex="-1">${heading}</h2>
      ${o.changes.length ? html`<ul class="changes" lang="en">${o.changes.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
      ${o.notes.length ? html`<h3>${t('definitions.notes')}</h3>
        <ul class="changes" lang="en">${o.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
      ${!o.applied && o.changes.length && this.checked ? html`<p><button type="button" id="apply" class="danger"
        ?disabled=${this.form.busy} @click=${() => this.send(false)}>${t('definitions.apply')}</button></p>` : ''}
    </section>`;
  }

  private renderProblems() {
    // no section here: the scrolling region is the one landmark, named by the heading
    return html`<div>
      <h2 id="result" tabindex="-1">${t('definitions.problems')}</h2>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="result"><table id="problems">
        <thead><tr><th scope="col">${t('definitions.where')}</th><th scope="col">${t('definitions.line')}</th>
          <th scope="col">${t('definitions.field')}</th><th scope="col">${t('definitions.problem')}</th></tr></thead>
        <tbody>${this.problems.map((p) => html`<tr><td>${p.file}</td><td>${formatNumber(p.line)}</td>
          <td lang="en">${p.field}</td><td lang="en">${p.message}</td></tr>`)}</tbody>
      </table></div>
    </div>`;
  }

  override render() {
    return html`
      <h1>${t('definitions.title')}</h1>
      <p>${t('definitions.explain')}</p>
      <form novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), this.send(true))}>
        <label for="files">${t('definitions.files')}</label>
        <input id="files" type="file" multiple accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby="files-hint" @change=${(e: Event) => this.read(e.target as HTMLInputElement)} />
        <p class="muted" id="files-hint">${t('definitions.filesHint')}</p>
        ${this.uploaded.length ? html`<ul class="changes">${this.uploaded.map((f) => html`<li>${f.name}</li>`)}</ul>` : ''}
        <label for="pasted">${t('definitions.text')}</label>
        <textarea id="pasted" rows="10" spellcheck="false" autocapitalize="none" dir="ltr"
          @input=${() => (this.checked = null)}></textarea>
        <label for="pasted-name">${t('definitions.name')}</label>
        <input id="pasted-name" value="pasted.yaml" autocapitalize="none" spellcheck="false"
          @input=${() => (this.checked = null)} />
        ${this.form.message()}
        <p><button type="submit" ?disabled=${this.form.busy}>${t('definitions.check')}</button></p>
      </form>
      ${this.problems.length ? this.renderProblems() : this.outcome ? this.renderOutcome(this.outcome) : ''}
    `;
  }
}

customElements.define('tenant-definitions', TenantDefinitions);
