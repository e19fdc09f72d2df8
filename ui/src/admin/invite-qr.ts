import { LitElement, html, svg } from 'lit';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';

type QrFactory = typeof import('qrcode-generator');

/** Draws a link as a QR code (the generator is fetched only when one is shown). */
export class InviteQr extends LitElement {
  static override properties = { url: { type: String }, label: { type: String }, factory: { state: true } };

  declare url: string;
  /** What a screen reader says of the picture; an invite's QR code when not given. */
  declare label: string;
  declare factory: QrFactory | null;

  constructor() {
    super();
    new LocaleController(this);
    this.factory = null;
    import('qrcode-generator').then((m) => (this.factory = (m.default ?? m) as QrFactory));
  }

  override render() {
    if (!this.factory || !this.url) return html``;
    const qr = this.factory(0, 'M');
    qr.addData(this.url);
    qr.make();
    const size = qr.getModuleCount();
    const cells = [];
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (qr.isDark(row, col)) cells.push(svg`<rect x=${col + 4} y=${row + 4} width="1" height="1"/>`);
      }
    }
    const box = size + 8;
    return html`<svg role="img" aria-label=${this.label || t('invites.qrLabel')} viewBox="0 0 ${box} ${box}" width="240" height="240"
      shape-rendering="crispEdges"><rect width=${box} height=${box} fill="#fff"/><g fill="#000">${cells}</g></svg>`;
  }
}

customElements.define('invite-qr', InviteQr);
