// Paper ballot boxes of an open vote, for officials: one enters a box (the meeting's sign-in sheet
// and the counts), another official (a different account) counts it again and confirms it; only
// confirmed boxes join the tally. Khmer first, one column at 360 px. A refusal is said in its own
// words (the same official, counts that differ, a member who already voted); "check the
// connection" only when the server was not reached at all. The list never shows a box's counts.
const WORDS = {
  km: {
    intro: 'បញ្ចូលសន្លឹកឆ្នោតក្រដាសពីកិច្ចប្រជុំ។ មន្ត្រីម្នាក់បញ្ចូលចំនួន ហើយមន្ត្រីម្នាក់ទៀត (គណនីផ្សេង) រាប់ម្ដងទៀត និងបញ្ជាក់។ មានតែប្រអប់ដែលបានបញ្ជាក់ប៉ុណ្ណោះដែលត្រូវរាប់។',
    enterTitle: 'បញ្ចូលប្រអប់ឆ្នោតថ្មី', codes: 'លេខកូដសមាជិកដែលបានបោះឆ្នោតលើក្រដាស (តាមបញ្ជីចុះឈ្មោះ ម្នាក់មួយបន្ទាត់)',
    ballots: (n) => `សន្លឹកឆ្នោតក្នុងប្រអប់៖ ${n}`, votes: 'ចំនួនសំឡេងនៃជម្រើសនីមួយៗ', enter: 'បញ្ចូលប្រអប់',
    entered: 'ប្រអប់ត្រូវបានបញ្ចូល។ មន្ត្រីម្នាក់ទៀតត្រូវរាប់ម្ដងទៀត ហើយបញ្ជាក់។', boxes: 'ប្រអប់ឆ្នោតក្រដាស',
    none: 'មិនទាន់មានប្រអប់ទេ។', box: (n) => `ប្រអប់ទី ${n}`, enteredAt: 'បានបញ្ចូលនៅ',
    waiting: 'រង់ចាំការបញ្ជាក់ (មិនទាន់រាប់)', counted: 'បានបញ្ជាក់ និងរាប់ហើយ', confirmTitle: 'រាប់ម្ដងទៀត ហើយបញ្ជាក់',
    confirm: 'បញ្ជាក់ចំនួន', confirmed: 'ប្រអប់ត្រូវបានបញ្ជាក់ ហើយត្រូវបានរាប់បញ្ចូល។',
    remove: 'លុបប្រអប់នេះ (បញ្ចូលខុស)', removed: 'ប្រអប់ត្រូវបានលុប។ សមាជិករបស់វាអាចបោះឆ្នោតម្ដងទៀត។',
    notOpen: 'សន្លឹកឆ្នោតក្រដាសត្រូវបញ្ចូល ពេលការបោះឆ្នោតកំពុងបើកប៉ុណ្ណោះ។', loading: 'កំពុងផ្ទុក…',
    noCodes: 'សូមសរសេរលេខកូដសមាជិកយ៉ាងហោចណាស់មួយ។', yes: 'យល់ព្រម', no: 'មិនយល់ព្រម', abstain: 'អនុប្បវាទ',
    erased: 'បេក្ខជនដែលត្រូវបានលុប',
    'same-official': 'អ្នកបានបញ្ចូលប្រអប់នេះដោយខ្លួនឯង។ មន្ត្រីម្នាក់ទៀត (គណនីផ្សេង) ត្រូវរាប់ម្ដងទៀត ហើយបញ្ជាក់វា។',
    'counts-differ': 'ចំនួនទាំងនេះខុសពីចំនួនដែលបានបញ្ចូល។ សូមរាប់ប្រអប់ម្ដងទៀត។ ប្រអប់នៅតែរង់ចាំ។',
    'already-voted-or-not-on-roll': 'សមាជិកម្នាក់នៃប្រអប់នេះបានបោះឆ្នោតរួចហើយ (តាមទូរស័ព្ទ ឬក្នុងប្រអប់ផ្សេង) ឬមិនមានក្នុងបញ្ជីអ្នកបោះឆ្នោត។ គ្មានអ្វីត្រូវបានបញ្ចូលទេ។',
    'unknown-member': 'លេខកូដមួយមិនមែនជាសមាជិកនៅទីនេះ ឬត្រូវបានសរសេរពីរដង។ គ្មានអ្វីត្រូវបានបញ្ចូលទេ។',
    'unknown-choice': 'សូមផ្ដល់ចំនួនសម្រាប់ជម្រើសនីមួយៗ ម្ដង។',
    'counts-exceed-ballots': 'ចំនួនសំឡេងលើសពីសន្លឹកឆ្នោតក្នុងប្រអប់ (ចម្លើយនៃសំណើត្រូវបូកស្មើនឹងចំនួនសន្លឹកឆ្នោត)។',
    'already-confirmed': 'ប្រអប់នេះត្រូវបានបញ្ជាក់រួចហើយ។', 'not-open': 'ការបោះឆ្នោតមិនកំពុងបើកទេ៖ សន្លឹកឆ្នោតក្រដាសមិនអាចបញ្ចូលបានទៀតទេ។',
    forbidden: 'អ្នកមិនមានសិទ្ធិគ្រប់គ្រងការបោះឆ្នោតនៅទីនេះទេ។', notFound: 'រកមិនឃើញការបោះឆ្នោត ឬប្រអប់នេះទេ។',
    refused: (d) => `ម៉ាស៊ីនមេបានបដិសេធ៖ ${d}`, server: 'ម៉ាស៊ីនមេមានបញ្ហា។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។',
    offline: 'មិនអាចទាក់ទងម៉ាស៊ីនមេបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្ដងទៀត។',
  },
  en: {
    intro: 'Enter the paper ballots of a meeting. One official enters the counts; another official (a different account) counts again and confirms. Only confirmed boxes are counted.',
    enterTitle: 'Enter a new ballot box', codes: 'Member codes of those who voted on paper (from the sign-in sheet, one per line)',
    ballots: (n) => `Ballots in the box: ${n}`, votes: 'Votes for each choice', enter: 'Enter the box',
    entered: 'The box was entered. Another official must count it again and confirm it.', boxes: 'Paper ballot boxes',
    none: 'No box yet.', box: (n) => `Box ${n}`, enteredAt: 'Entered',
    waiting: 'Waiting for confirmation (not counted yet)', counted: 'Confirmed and counted', confirmTitle: 'Count again and confirm',
    confirm: 'Confirm the counts', confirmed: 'The box was confirmed and is counted.',
    remove: 'Remove this box (entered by mistake)', removed: 'The box was removed. Its members may vote again.',
    notOpen: 'Paper ballots are entered only while the vote is open.', loading: 'Loading…',
    noCodes: 'Write at least one member code.', yes: 'Yes', no: 'No', abstain: 'Abstain', erased: 'An erased candidate',
    'same-official': 'You entered this box yourself. Another official, with a different account, must count it again and confirm it.',
    'counts-differ': 'These counts differ from those entered. Count the box again; it is still waiting.',
    'already-voted-or-not-on-roll': 'A member of this box has already voted (on a phone or in another box), or is not on the roll. Nothing was entered.',
    'unknown-member': 'A code is not a member here, or is written twice. Nothing was entered.',
    'unknown-choice': 'Give a count for every choice, once.',
    'counts-exceed-ballots': 'More votes than the box\'s ballots allow (a motion\'s answers add up to its ballots).',
    'already-confirmed': 'This box is already confirmed.', 'not-open': 'The vote is not open: paper ballots can no longer be entered.',
    forbidden: 'You may not manage votes here.', notFound: 'This vote or box was not found.',
    refused: (d) => `The server refused: ${d}`, server: 'The server had a problem. Please try again in a moment.',
    offline: 'The server could not be reached. Check the connection and try again.',
  },
};

const STYLE = `
  governance-paper { display: block; max-width: 40rem; }
  governance-paper .intro { border-left: 6px solid #1a5e20; background: #eef6ee; padding: 0.75rem; margin: 0 0 1rem; }
  governance-paper fieldset { border: 1px solid #888; border-radius: 8px; margin: 0 0 1.25rem; padding: 0.75rem; min-width: 0; }
  governance-paper legend { font-weight: 700; font-size: 1.05rem; padding: 0 0.25rem; }
  governance-paper label { display: block; margin: 0.5rem 0; }
  governance-paper textarea, governance-paper input { display: block; width: 100%; box-sizing: border-box;
    min-height: 44px; font-size: 1rem; margin-top: 0.25rem; }
  governance-paper button { min-height: 48px; width: 100%; font-size: 1.05rem; margin-top: 0.75rem; }
  governance-paper .box { border-top: 1px solid #ccc; padding: 0.75rem 0; }
  governance-paper .error { color: #8a1c1c; font-weight: 700; }
`;

/** The words for a refusal: its code's where known, else the server's detail; offline only when no answer came. */
function explain(w, e) {
  if (!e || typeof e.status !== 'number') return w.offline;
  if (e.code && typeof w[e.code] === 'string') return w[e.code];
  if (e.status === 403) return w.forbidden;
  if (e.status === 404) return w.notFound;
  if (e.status >= 500) return w.server;
  return e.detail ? w.refused(e.detail) : w.refused(String(e.status));
}

/** Member codes as written on a sign-in sheet: one per line, or separated by commas or spaces. */
function codesOf(text) {
  return text.split(/[\s,;]+/).map((c) => c.trim()).filter((c) => c.length > 0);
}

export default class GovernancePaper extends HTMLElement {
  set context(context) {
    this.ctx = context;
    if (context.recordId !== this.loadedFor) {
      this.loadedFor = context.recordId;
      this.notice = null;
      this.load();
    } else {
      this.draw();
    }
  }

  get base() {
    return `elections/${encodeURIComponent(this.ctx.recordId)}`;
  }

  async load() {
    this.vote = null;
    this.failed = null;
    this.error = null;
    this.draw();
    if (!this.ctx.recordId) return;
    try {
      [this.vote, this.boxes] = await Promise.all([
        this.ctx.api('GET', this.base), this.ctx.api('GET', `${this.base}/paper-boxes`)]);
    } catch (e) {
      this.failed = explain(WORDS[this.ctx.language], e);
    }
    this.draw();
  }

  /** Sends one change, then says what happened and reads the boxes again (or says why not). */
  async act(method, path, body, done, form) {
    const w = WORDS[this.ctx.language];
    this.error = null;
    this.notice = null;
    this.busy = true;
    this.draw();
    try {
      await this.ctx.api(method, path, body);
      this.notice = w[done];
      form?.reset();
      this.boxes = await this.ctx.api('GET', `${this.base}/paper-boxes`);
    } catch (e) {
      this.error = explain(w, e);
    }
    this.busy = false;
    this.draw();
    this.querySelector(this.error ? '#paper-error' : '#paper-notice')?.focus();
  }

  counts(form) {
    return this.ballot().map((c) => ({ choiceId: c.id, votes: Number(form.elements[`votes-${c.id}`].value) }));
  }

  enter(event) {
    event.preventDefault();
    const form = event.target;
    const memberCodes = codesOf(form.elements.codes.value);
    if (memberCodes.length === 0) {
      this.error = WORDS[this.ctx.language].noCodes;
      this.draw();
      return;
    }
    this.act('POST', `${this.base}/paper-boxes`, { memberCodes, counts: this.counts(form) }, 'entered', form);
  }

  confirm(event, box) {
    event.preventDefault();
    this.act('POST', `${this.base}/paper-boxes/${box.id}/confirm`, { counts: this.counts(event.target) }, 'confirmed',
      event.target);
  }

  remove(box) {
    this.act('DELETE', `${this.base}/paper-boxes/${box.id}`, undefined, 'removed');
  }

  ballot() {
    return (this.vote?.choices ?? []).filter((c) => c.accepted);
  }

  draw() {
    const { html, render, language, format } = this.ctx;
    const w = WORDS[language];
    const name = (c) => (c.answer ? w[c.answer] : c.workingName ? `${c.workingName} (${c.memberCode})` : w.erased);
    const countInputs = (prefix) => this.ballot().map((c) => html`
      <label>${name(c)}
        <input type="number" name=${`votes-${c.id}`} id=${`${prefix}-${c.id}`} min="0" max="100000" step="1"
          inputmode="numeric" required>
      </label>`);
    let body;
    if (this.failed) body = html`<p class="error" role="alert">${this.failed}</p>`;
    else if (!this.vote) body = html`<p role="status">${w.loading}</p>`;
    else {
      const open = this.vote.state === 'open';
      const box = (b, i) => html`
        <section class="box" aria-label=${w.box(i + 1)}>
          <h3>${w.box(i + 1)}</h3>
          <p>${w.ballots(format.number(b.ballots))} · ${w.enteredAt} ${format.dateTime(b.enteredAt)}</p>
          <p class="state"><strong>${b.confirmed ? w.counted : w.waiting}</strong></p>
          ${!b.confirmed && open ? html`
            <form class="confirm" @submit=${(e) => this.confirm(e, b)}>
              <fieldset>
                <legend>${w.confirmTitle}</legend>
                ${countInputs(`confirm-${b.id}`)}
                <button type="submit" ?disabled=${this.busy}>${w.confirm}</button>
              </fieldset>
            </form>
            <button type="button" class="remove" ?disabled=${this.busy} @click=${() => this.remove(b)}>${w.remove}</button>` : ''}
        </section>`;
      body = html`
        <p><strong>${language === 'en' ? this.vote.titleEn : this.vote.titleKm}</strong></p>
        <div aria-live="polite">
          ${this.error ? html`<p class="error" role="alert" id="paper-error" tabindex="-1">${this.error}</p>` : ''}
          ${this.notice ? html`<p role="status" id="paper-notice" tabindex="-1">${this.notice}</p>` : ''}
        </div>
        ${open ? html`
          <form id="paper-enter" @submit=${(e) => this.enter(e)}>
            <fieldset>
              <legend>${w.enterTitle}</legend>
              <label>${w.codes}<textarea name="codes" id="paper-codes" rows="4" autocomplete="off"></textarea></label>
              <p>${w.votes}</p>
              ${countInputs('enter')}
              <button type="submit" ?disabled=${this.busy}>${w.enter}</button>
            </fieldset>
          </form>` : html`<p id="paper-closed">${w.notOpen}</p>`}
        <h2>${w.boxes}</h2>
        ${this.boxes.length ? html`<div id="paper-boxes">${this.boxes.map(box)}</div>` : html`<p id="paper-none">${w.none}</p>`}`;
    }
    render(html`<style>${STYLE}</style><p class="intro">${w.intro}</p>${body}`, this);
  }
}
