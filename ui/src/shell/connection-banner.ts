import { LitElement, css, html, nothing } from 'lit';
import { send } from '../core/api';
import { connectionIsLost, onConnectionChange, retryWaiting } from '../core/connection';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';

/**
 * The one place that says the server cannot be reached (however many calls failed), with a button
 * that sends again what waits; gone as soon as an answer comes or the device is back online.
 */
export class ConnectionBanner extends LitElement {
  static override properties = { lost: { state: true } };
  static override styles = [shared, css`
    /* sticks to the bottom of the screen, yet takes its own room at the end: it never hides a button */
    :host { display: block; position: sticky; bottom: 0; z-index: 20; }
    aside {
      background: #222; color: #fff;
      padding: 8px 12px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
    }
    p { margin: 0; flex: 1 1 200px; }
    button { background: #fff; color: #222; border-color: #fff; }
  `];

  declare lost: boolean;
  private stop?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.lost = connectionIsLost();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lost = connectionIsLost();
    this.stop = onConnectionChange((lost) => (this.lost = lost));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  private retry(): void {
    retryWaiting(() => send('GET', '/api/ping')).catch(() => undefined);
  }

  override render() {
    if (!this.lost) return nothing;
    return html`<aside aria-label=${t('connection.region')}>
      <p role="alert">${t('connection.lost')}</p>
      <button type="button" @click=${this.retry}>${t('connection.retry')}</button>
    </aside>`;
  }
}

customElements.define('connection-banner', ConnectionBanner);
