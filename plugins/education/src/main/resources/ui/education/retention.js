// The organisation's retention period for children's records: how many months (6 to 120, 24 by
// default) a record may go without activity before the daily job anonymises it, leaving counts
// only. The screen shows the period in force, changes it in one request, and can apply the rule at
// once (after a second, confirming tap: anonymising cannot be undone). A setting read and written
// in place is what the module's form data cannot say (a form does not start from a setting). No
// build: the web app hands it Lit's html and render, the module's API and the language.
const WORDS = {
  km: {
    intro: 'កំណត់ត្រារបស់កុមារដែលគ្មានសកម្មភាពក្នុងរយៈពេលនេះ ត្រូវបានលុបព័ត៌មានសម្គាល់ខ្លួនចេញជារៀងរាល់ថ្ងៃ ដោយទុកតែចំនួនប៉ុណ្ណោះ។',
    months: 'រយៈពេលរក្សាទុក (ខែ, ពី ៦ ដល់ ១២០)', save: 'រក្សាទុក', saving: 'កំពុងរក្សាទុក…', saved: 'បានរក្សាទុករួចរាល់។',
    failed: 'មិនទាន់បានរក្សាទុកទេ។ សូមព្យាយាមម្តងទៀត។', invalid: 'សូមបញ្ចូលចំនួនខែពី ៦ ដល់ ១២០។',
    loading: 'កំពុងផ្ទុក…', loadFailed: 'មិនអាចផ្ទុករយៈពេលរក្សាទុកបានទេ។', run: 'អនុវត្តឥឡូវនេះ',
    confirm: 'ចុចម្តងទៀតដើម្បីបញ្ជាក់៖ ការលុបព័ត៌មានសម្គាល់ខ្លួនមិនអាចត្រឡប់វិញបានទេ។',
    ran: (n) => `កំណត់ត្រាចំនួន ${n} ត្រូវបានលុបព័ត៌មានសម្គាល់ខ្លួនចេញ។`, runFailed: 'មិនអាចអនុវត្តបានទេ។ សូមព្យាយាមម្តងទៀត។',
  },
  en: {
    intro: 'A child\'s record with no activity for this long is anonymised by a daily job, leaving counts only.',
    months: 'Retention period (months, 6 to 120)', save: 'Save', saving: 'Saving…', saved: 'Saved.',
    failed: 'Not saved yet. Try again.', invalid: 'Give a number of months from 6 to 120.',
    loading: 'Loading…', loadFailed: 'Could not load the retention period.', run: 'Apply now',
    confirm: 'Tap again to confirm: anonymising cannot be undone.',
    ran: (n) => `${n} record(s) anonymised.`, runFailed: 'Could not apply it. Try again.',
  },
};

const STYLE = `
  .retention input { display: block; width: 8em; max-width: 100%; box-sizing: border-box; min-height: 44px; }
  .retention button { min-height: 48px; width: 100%; margin-top: 12px; font-size: 1.05rem; }
`;

function khmerDigitsToLatin(text) {
  return text.replace(/[០-៩]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}

export default class EducationRetention extends HTMLElement {
  set context(context) {
    const first = !this.ctx;
    this.ctx = context;
    if (first) this.load();
    else this.draw();
  }

  async load() {
    this.state = 'loading';
    this.draw();
    try {
      const setting = await this.ctx.api('GET', 'retention');
      this.months = String(setting.months);
      this.state = 'ready';
    } catch {
      this.state = 'loadFailed';
    }
    this.draw();
  }

  async save() {
    const months = Number(khmerDigitsToLatin(this.months.trim()));
    if (!Number.isInteger(months) || months < 6 || months > 120) return this.say('invalid');
    this.say('saving');
    try {
      const setting = await this.ctx.api('PUT', 'retention', { months });
      this.months = String(setting.months);
      this.state = 'saved';
    } catch {
      this.state = 'failed';
    }
    this.draw();
  }

  async run() {
    if (this.state !== 'confirm') return this.say('confirm');
    this.say('running');
    try {
      const answer = await this.ctx.api('POST', 'retention/run');
      this.anonymised = answer.anonymised;
      this.state = 'ran';
    } catch {
      this.state = 'runFailed';
    }
    this.draw();
  }

  say(state) {
    this.state = state;
    this.draw();
  }

  draw() {
    const { html, render, language, format } = this.ctx;
    const w = WORDS[language];
    let body;
    if (this.state === 'loadFailed') body = html`<p class="error" role="alert">${w.loadFailed}</p>`;
    else if (this.state === 'loading') body = html`<p role="status">${w.loading}</p>`;
    else {
      const status = { saving: w.saving, saved: w.saved, failed: w.failed, invalid: w.invalid, confirm: w.confirm,
        runFailed: w.runFailed, ran: this.state === 'ran' ? w.ran(format.number(this.anonymised)) : '' }[this.state] ?? '';
      const problem = ['failed', 'invalid', 'runFailed'].includes(this.state);
      body = html`<div class="retention">
        <p>${w.intro}</p>
        <label for="retention-months">${w.months}</label>
        <input id="retention-months" inputmode="numeric" autocomplete="off" .value=${this.months}
          aria-invalid=${this.state === 'invalid' ? 'true' : 'false'} @input=${(e) => { this.months = e.target.value; }} />
        <button type="button" class="retention-save" ?disabled=${this.state === 'saving'} @click=${() => this.save()}>${w.save}</button>
        <button type="button" class="retention-run" ?disabled=${this.state === 'running'} @click=${() => this.run()}>${w.run}</button>
        <p class=${problem ? 'error' : ''} role="status" id="retention-status">${status}</p>
      </div>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
