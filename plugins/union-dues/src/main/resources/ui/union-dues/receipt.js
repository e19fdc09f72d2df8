// A printable receipt for one dues payment: what a list or form cannot say (a layout to print and
// hand over, or share where the phone can). It names no organisation, union or person, so a receipt
// found on someone says nothing about them; sharing sends the same words as text, never a link.
// No build: the web app hands it Lit's html and render, the module's API, the language and the
// app's formats through its `context` property.
const WORDS = {
  km: {
    number: 'លេខបង្កាន់ដៃ', amount: 'ចំនួនទឹកប្រាក់', paidOn: 'ថ្ងៃបង់', recordedAt: 'ពេលកត់ត្រា',
    received: 'បានទទួលប្រាក់ចំនួនខាងលើ។', print: 'បោះពុម្ព', share: 'ចែករំលែក', title: 'បង្កាន់ដៃ',
    noRecord: 'សូមបើកការបង់ប្រាក់មួយជាមុនសិន។',
    failed: 'មិនអាចផ្ទុកការបង់ប្រាក់នេះបានទេ។', loading: 'កំពុងផ្ទុក…',
  },
  en: {
    number: 'Receipt number', amount: 'Amount', paidOn: 'Paid on', recordedAt: 'Recorded',
    received: 'The amount above was received.', print: 'Print', share: 'Share', title: 'Receipt',
    noRecord: 'Open a payment first.',
    failed: 'Could not load this payment.', loading: 'Loading…',
  },
};

const STYLE = `
  .receipt { border: 2px solid #1b1b1b; border-radius: 8px; padding: 12px 16px; max-width: 420px; }
  .receipt dt { font-weight: 600; margin-top: 0.4em; }
  .receipt dd { margin: 0; font-size: 1.15rem; }
  @media print { .no-print { display: none; } .receipt { border-color: #000; } }
`;

function canShare() {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

export default class UnionDuesReceipt extends HTMLElement {
  set context(context) {
    this.ctx = context;
    if (context.recordId !== this.loadedFor) {
      this.loadedFor = context.recordId;
      this.load();
    } else {
      this.draw();
    }
  }

  async load() {
    const { recordId, api } = this.ctx;
    this.payment = null;
    this.failed = false;
    this.draw();
    if (!recordId) return;
    try {
      const payment = await api('GET', `payments/${encodeURIComponent(recordId)}`);
      if (recordId !== this.ctx.recordId) return;
      this.payment = payment;
    } catch {
      this.failed = true;
    }
    this.draw();
  }

  /** Shares the receipt's own words as text through the phone's share sheet: no link, no name. */
  share(words, format, p) {
    const text = [
      `${words.number}: ${p.receiptNumber}`,
      `${words.amount}: ${format.money(p.amountMinor, p.currency)}`,
      `${words.paidOn}: ${format.date(p.paidOn)}`,
      words.received,
    ].join('\n');
    navigator.share({ title: words.title, text }).catch(() => undefined); // closing the share sheet is no error
  }

  draw() {
    const { html, render, language, format, recordId } = this.ctx;
    const words = WORDS[language];
    const p = this.payment;
    let body;
    if (!recordId) body = html`<p>${words.noRecord}</p>`;
    else if (this.failed) body = html`<p class="error" role="alert">${words.failed}</p>`;
    else if (!p) body = html`<p role="status">${words.loading}</p>`;
    else {
      body = html`
        <section class="receipt" aria-label=${words.number}>
          <dl>
            <dt>${words.number}</dt><dd id="receipt-number">${String(p.receiptNumber)}</dd>
            <dt>${words.amount}</dt><dd id="receipt-amount">${format.money(p.amountMinor, p.currency)}</dd>
            <dt>${words.paidOn}</dt><dd>${format.date(p.paidOn)}</dd>
            <dt>${words.recordedAt}</dt><dd>${format.dateTime(p.recordedAt)}</dd>
          </dl>
          <p>${words.received}</p>
        </section>
        <p class="no-print"><button type="button" id="receipt-print" @click=${() => window.print()}>${words.print}</button>
          ${canShare() ? html`<button type="button" class="secondary" id="receipt-share"
            @click=${() => this.share(words, format, p)}>${words.share}</button>` : ''}</p>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
