import { LitElement, html } from 'lit';
import { ApiError } from '../core/api';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { downloadExport } from './export-download';

/** One download offered: the button's words, the address (format and chosen query only) and a name to fall back on. */
export interface OfferedExport {
  label: string;
  path: string;
  format: string;
  fallbackName: string;
}

/**
 * A list's or the register's download buttons: each fetches the whole file through the session
 * and saves it, and says when it is done or why it was refused. One download at a time.
 */
export class ExportButtons extends LitElement {
  static override properties = {
    exports: { attribute: false }, busy: { state: true }, said: { state: true }, failed: { state: true },
  };
  static override styles = [shared];

  declare exports: OfferedExport[];
  declare busy: boolean;
  declare said: string;
  declare failed: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.exports = [];
    this.busy = false;
    this.said = '';
    this.failed = false;
  }

  private async download(offered: OfferedExport): Promise<void> {
    this.busy = true;
    this.failed = false;
    this.said = t('lists.exporting');
    try {
      this.said = t('lists.exported', { file: await downloadExport(offered.path, offered.format, offered.fallbackName) });
    } catch (e) {
      this.failed = true;
      this.said = e instanceof ApiError && e.status === 403 ? t('error.forbidden')
        : e instanceof ApiError && e.status === 423 ? t('lists.exportLocked') : t('lists.exportFailed');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (this.exports.length === 0) return '';
    return html`<div class="row" role="group" aria-label=${t('lists.exports')}>
        ${this.exports.map((e) => html`<button type="button" class="secondary" ?disabled=${this.busy}
          @click=${() => this.download(e)}>${e.label}</button>`)}
      </div>
      <p class=${this.failed ? 'error' : 'muted'} role=${this.failed ? 'alert' : 'status'}>${this.said}</p>`;
  }
}

customElements.define('export-buttons', ExportButtons);
