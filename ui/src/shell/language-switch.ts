import { LitElement, html } from 'lit';
import { LocaleController } from '../i18n/locale-controller';
import { currentLanguage, setLanguage, t } from '../i18n/locale';
import { shared } from '../styles/shared';

/** Switches between Khmer and English; the button is named in the language it switches to. */
export class LanguageSwitch extends LitElement {
  static override styles = [shared];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const other = currentLanguage() === 'km' ? 'en' : 'km';
    return html`<button class="secondary" lang=${other} @click=${() => setLanguage(other)}
      title=${t('language.switch')}>${other === 'en' ? 'English' : 'ខ្មែរ'}</button>`;
  }
}

customElements.define('language-switch', LanguageSwitch);
