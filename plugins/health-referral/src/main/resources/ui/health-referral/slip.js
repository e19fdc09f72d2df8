// The referral slip a person carries to the facility: the short code the facility can quote back
// by phone, where to go and when. Like the dues receipt it names no organisation, no person and
// no service, so a slip found on someone says nothing about them. No build: the web app hands it
// Lit's html and render, the module's API, the language and the app's formats through `context`.
const WORDS = {
  km: {
    title: 'ប័ណ្ណបញ្ជូន', code: 'លេខកូដ', facility: 'កន្លែង', phone: 'លេខទូរស័ព្ទ', hours: 'ម៉ោងបើក',
    date: 'ថ្ងៃចេញ', show: 'សូមបង្ហាញប័ណ្ណនេះនៅកន្លែងទទួលភ្ញៀវ។ គេអាចទូរស័ព្ទមកបញ្ជាក់លេខកូដ។',
    print: 'បោះពុម្ព', noRecord: 'សូមបើកការបញ្ជូនមួយជាមុនសិន។', failed: 'មិនអាចផ្ទុកប័ណ្ណនេះបានទេ។', loading: 'កំពុងផ្ទុក…',
  },
  en: {
    title: 'Referral slip', code: 'Code', facility: 'Place', phone: 'Phone', hours: 'Opening hours',
    date: 'Issued on', show: 'Please show this slip at the reception. They may call to check the code.',
    print: 'Print', noRecord: 'Open a referral first.', failed: 'Could not load this slip.', loading: 'Loading…',
  },
};

const STYLE = `
  .slip { border: 2px dashed #1b1b1b; border-radius: 8px; padding: 12px 16px; max-width: 420px; }
  .slip dt { font-weight: 600; margin-top: 0.4em; }
  .slip dd { margin: 0; font-size: 1.15rem; overflow-wrap: anywhere; }
  .slip .code { font-size: 1.6rem; letter-spacing: 0.15em; font-family: monospace; }
  @media print { .no-print { display: none; } .slip { border-color: #000; } }
`;

export default class HealthReferralSlip extends HTMLElement {
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
    this.slip = null;
    this.failed = false;
    this.draw();
    if (!recordId) return;
    try {
      const slip = await api('GET', `referrals/${encodeURIComponent(recordId)}/slip`);
      if (recordId !== this.ctx.recordId) return;
      this.slip = slip;
    } catch {
      this.failed = true;
    }
    this.draw();
  }

  draw() {
    const { html, render, language, format, recordId } = this.ctx;
    const words = WORDS[language];
    const s = this.slip;
    let body;
    if (!recordId) body = html`<p>${words.noRecord}</p>`;
    else if (this.failed) body = html`<p class="error" role="alert">${words.failed}</p>`;
    else if (!s) body = html`<p role="status">${words.loading}</p>`;
    else {
      const name = language === 'km' ? s.facilityNameKm : s.facilityNameEn;
      body = html`
        <section class="slip" aria-label=${words.title}>
          <h2>${words.title}</h2>
          <dl>
            <dt>${words.code}</dt><dd class="code" id="slip-code">${s.slipCode}</dd>
            <dt>${words.facility}</dt><dd id="slip-facility">${name}</dd>
            ${s.facilityPhone ? html`<dt>${words.phone}</dt><dd>${s.facilityPhone}</dd>` : ''}
            ${s.facilityHours ? html`<dt>${words.hours}</dt><dd>${s.facilityHours}</dd>` : ''}
            <dt>${words.date}</dt><dd>${format.date(s.referredOn)}</dd>
          </dl>
          <p>${words.show}</p>
        </section>
        <p class="no-print"><button type="button" @click=${() => window.print()}>${words.print}</button></p>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
