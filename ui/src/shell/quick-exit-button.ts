import { LitElement, css, html } from 'lit';
import { quickExit } from '../core/quick-exit';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { icon } from './icons';

/** One tap leaves the app for a neutral page; see core/quick-exit. */
export class QuickExitButton extends LitElement {
  static override styles = [shared, css`
    :host { display: inline-block; }
    button { background: #1b1b1b; border-color: #1b1b1b; font-weight: 700; }
  `];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`<button id="quick-exit" @click=${() => quickExit()} title=${t('exit.hint')}>
      ${icon('exit', 20)}<span>${t('exit.label')}</span></button>`;
  }
}

customElements.define('quick-exit-button', QuickExitButton);
