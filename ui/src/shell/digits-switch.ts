import { LitElement, css, html } from 'lit';
import { LocaleController } from '../i18n/locale-controller';
import { currentLanguage, setKhmerDigits, t, usesKhmerDigits } from '../i18n/locale';
import { shared } from '../styles/shared';

/**
 * In Khmer, a pressed-or-not button: numbers, dates and money in Khmer digits (០១២) or in the digits of phones and
 * receipts (123). The choice stays on the device, like the language; in English there is nothing to choose.
 */
export class DigitsSwitch extends LitElement {
  static override styles = [shared, css`
    :host { display: inline-block; }
    button { padding: 0.4em 0.6em; }
  `];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    if (currentLanguage() !== 'km') return html``;
    const on = usesKhmerDigits();
    return html`<button class="secondary" id="khmer-digits" aria-pressed=${on ? 'true' : 'false'}
      title=${t('digits.switchOn')} @click=${() => setKhmerDigits(!on)}>
      <span aria-hidden="true">០១២</span><span class="visually-hidden">${t('digits.khmer')}</span></button>`;
  }
}

customElements.define('digits-switch', DigitsSwitch);
