// A member's votes on a phone: the open ballots they may cast, nominations to accept, and the
// results of closed votes of their scope. Khmer first (the app's default language), one column at
// 360 px, large touch targets, and a plain word that the vote is secret. The answer to a ballot
// says only that it was counted; nothing of the choice stays on the phone.
const WORDS = {
  km: {
    secret: 'ការបោះឆ្នោតរបស់អ្នកជាការសម្ងាត់។ គ្មាននរណាម្នាក់ សូម្បីតែបុគ្គលិក ឬអ្នកគ្រប់គ្រងប្រព័ន្ធ អាចដឹងថាអ្នកបានជ្រើសរើសអ្វីនោះទេ។',
    none: 'ពេលនេះមិនមានការបោះឆ្នោតដែលអ្នកអាចបោះបានទេ។', chooseUpTo: (n) => `ជ្រើសរើសបានរហូតដល់ ${n} នាក់`,
    chooseOne: 'ជ្រើសរើសចម្លើយមួយ', cast: 'បោះឆ្នោត', counted: 'ការបោះឆ្នោតរបស់អ្នកត្រូវបានរាប់ហើយ។ សូមអរគុណ!',
    closes: 'បិទនៅ', failed: 'មិនអាចផ្ញើការបោះឆ្នោតបានទេ។ សូមព្យាយាមម្ដងទៀត។', loading: 'កំពុងផ្ទុក…',
    yes: 'យល់ព្រម', no: 'មិនយល់ព្រម', abstain: 'អនុប្បវាទ', nominated: 'អ្នកត្រូវបានតែងតាំងជាបេក្ខជន',
    accept: 'ខ្ញុំយល់ព្រមឈរឈ្មោះ', accepted: 'អ្នកបានយល់ព្រមឈរឈ្មោះហើយ', results: 'លទ្ធផលការបោះឆ្នោតដែលបានបិទ',
    turnout: 'អ្នកបានបោះឆ្នោត', of: 'ក្នុងចំណោម', votes: 'សំឡេង', elected: 'ជាប់ឆ្នោត', passed: 'សំណើត្រូវបានអនុម័ត',
    rejected: 'សំណើមិនត្រូវបានអនុម័ត', tie: 'មានសំឡេងស្មើគ្នាសម្រាប់អាសនៈចុងក្រោយ', blank: 'មិនជ្រើសរើសនរណាទេ (សន្លឹកឆ្នោតទទេ)',
    erased: 'បេក្ខជនដែលត្រូវបានលុប', ballots: 'សន្លឹកឆ្នោតបានរាប់',
  },
  en: {
    secret: 'Your vote is secret. Nobody, not staff and not the system\'s operator, can see what you chose.',
    none: 'There is no vote you can cast just now.', chooseUpTo: (n) => `Choose up to ${n}`,
    chooseOne: 'Choose one answer', cast: 'Cast my vote', counted: 'Your vote was counted. Thank you!',
    closes: 'Closes', failed: 'Your vote could not be sent. Please try again.', loading: 'Loading…',
    yes: 'Yes', no: 'No', abstain: 'Abstain', nominated: 'You were nominated as a candidate',
    accept: 'I accept to stand', accepted: 'You accepted to stand', results: 'Results of closed votes',
    turnout: 'Members who voted', of: 'of', votes: 'votes', elected: 'Elected', passed: 'The motion passed',
    rejected: 'The motion did not pass', tie: 'Candidates tie for the last seat', blank: 'Nobody chosen (a blank ballot)',
    erased: 'An erased candidate', ballots: 'Ballots counted',
  },
};

const STYLE = `
  governance-ballot { display: block; max-width: 40rem; }
  governance-ballot .secret { border-left: 6px solid #1a5e20; background: #eef6ee; padding: 0.75rem; margin: 0 0 1rem; }
  governance-ballot fieldset { border: 1px solid #888; border-radius: 8px; margin: 0 0 1.25rem; padding: 0.75rem; }
  governance-ballot legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.25rem; }
  governance-ballot label.choice { display: flex; gap: 0.75rem; align-items: flex-start; min-height: 48px;
    padding: 0.5rem 0; border-bottom: 1px solid #ddd; }
  governance-ballot label.choice input { width: 1.5rem; height: 1.5rem; flex: none; margin-top: 0.15rem; }
  governance-ballot .statement { display: block; font-size: 0.95rem; color: #333; }
  governance-ballot button { min-height: 48px; width: 100%; font-size: 1.05rem; margin-top: 0.75rem; }
  governance-ballot .result li { margin: 0.25rem 0; }
`;

function title(v, language) {
  return language === 'en' ? v.titleEn : v.titleKm;
}

export default class GovernanceBallot extends HTMLElement {
  set context(context) {
    const first = !this.ctx;
    this.ctx = context;
    if (first) this.load();
    else this.draw();
  }

  async load() {
    const { api } = this.ctx;
    this.loaded = false;
    this.draw();
    try {
      [this.ballots, this.nominations, this.results] = await Promise.all([
        api('GET', 'my-ballots'), api('GET', 'my-nominations'), api('GET', 'my-results')]);
    } catch {
      this.ballots = [];
      this.nominations = [];
      this.results = [];
      this.error = WORDS[this.ctx.language].failed;
    }
    this.loaded = true;
    this.draw();
  }

  async cast(event, ballot) {
    event.preventDefault();
    const chosen = [...event.target.querySelectorAll('input:checked')].map((i) => Number(i.value));
    this.error = null;
    try {
      await this.ctx.api('POST', `my-ballots/${ballot.id}`, { choices: chosen });
      this.counted = ballot.id;
      this.ballots = this.ballots.filter((b) => b.id !== ballot.id);
    } catch (refusal) {
      // already voted, not on the roll, closed: the app's words for it, not "try again"
      this.error = this.ctx.explain ? this.ctx.explain(refusal) : WORDS[this.ctx.language].failed;
    }
    this.draw();
  }

  async accept(nomination) {
    try {
      const accepted = await this.ctx.api('POST', `my-nominations/${nomination.id}/accept`);
      this.nominations = this.nominations.map((n) => (n.id === accepted.id ? accepted : n));
    } catch (refusal) {
      this.error = this.ctx.explain ? this.ctx.explain(refusal) : WORDS[this.ctx.language].failed;
    }
    this.draw();
  }

  limit(event, seats) {
    const form = event.target.form;
    const checked = form.querySelectorAll('input:checked').length;
    form.querySelectorAll('input[type=checkbox]').forEach((i) => { i.disabled = !i.checked && checked >= seats; });
  }

  draw() {
    const { html, render, language, format } = this.ctx;
    const w = WORDS[language];
    const name = (c) => (c.answer ? w[c.answer] : c.workingName ?? w.erased);
    const statement = (c) => (language === 'en' ? c.statementEn : c.statementKm);
    const ballot = (b) => html`
      <form @submit=${(e) => this.cast(e, b)}>
        <fieldset>
          <legend>${title(b, language)}</legend>
          <p>${b.kind === 'motion' ? w.chooseOne : w.chooseUpTo(b.seats)} · ${w.closes} ${format.dateTime(b.closesAt)}</p>
          ${b.choices.map((c) => html`
            <label class="choice">
              <input type=${b.kind === 'motion' ? 'radio' : 'checkbox'} name="choice" value=${c.id}
                ?required=${b.kind === 'motion'} @change=${(e) => b.kind === 'motion' || this.limit(e, b.seats)}>
              <span>${name(c)}${statement(c) ? html`<span class="statement">${statement(c)}</span>` : ''}</span>
            </label>`)}
          <button type="submit">${w.cast}</button>
        </fieldset>
      </form>`;
    const nomination = (n) => html`<li>${w.nominated}${n.accepted ? html` · <strong>${w.accepted}</strong>`
      : html`<button type="button" @click=${() => this.accept(n)}>${w.accept}</button>`}</li>`;
    const result = (r) => html`
      <section class="result" aria-label=${title(r, language)}>
        <h3>${title(r, language)}</h3>
        <p>${w.turnout}: ${format.number(r.voted)} ${w.of} ${format.number(r.eligible)} (${format.number(r.turnoutPercent)}%)
          · ${w.ballots}: ${format.number(r.ballots)}</p>
        <ul>${r.choices.map((c) => html`<li>${name(c)}: ${format.number(c.votes)} ${w.votes}${c.elected
          ? html` · <strong>${w.elected}</strong>` : ''}</li>`)}</ul>
        ${r.kind === 'motion' ? html`<p><strong>${r.passed ? w.passed : w.rejected}</strong></p>` : ''}
        ${r.tieForLastSeat ? html`<p>${w.tie}</p>` : ''}
      </section>`;
    let body;
    if (!this.loaded) body = html`<p role="status">${w.loading}</p>`;
    else {
      body = html`
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        ${this.counted ? html`<p role="status" id="ballot-counted">${w.counted}</p>` : ''}
        ${this.nominations.length ? html`<ul class="nominations">${this.nominations.map(nomination)}</ul>` : ''}
        ${this.ballots.length ? this.ballots.map(ballot) : html`<p id="no-ballots">${w.none}</p>`}
        ${this.results.length ? html`<h2>${w.results}</h2>${this.results.map(result)}` : ''}`;
    }
    render(html`<style>${STYLE}</style><p class="secret" id="ballot-secret">${w.secret}</p>${body}`, this);
  }
}
