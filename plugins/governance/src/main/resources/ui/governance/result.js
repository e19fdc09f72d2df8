// A closed vote's result for staff: turnout, votes per candidate or answer, who is elected. The
// server answers 409 before the closing time, so this shows that plainly and nothing else.
const WORDS = {
  km: {
    notClosed: 'លទ្ធផលមានតែបន្ទាប់ពីការបោះឆ្នោតបានបិទប៉ុណ្ណោះ។', failed: 'មិនអាចផ្ទុកលទ្ធផលបានទេ។', loading: 'កំពុងផ្ទុក…',
    onRoll: 'អ្នកមានសិទ្ធិបោះឆ្នោត', voted: 'អ្នកបានបោះឆ្នោត', ballots: 'សន្លឹកឆ្នោតបានរាប់', votes: 'សំឡេង',
    elected: 'ជាប់ឆ្នោត', passed: 'សំណើត្រូវបានអនុម័ត', rejected: 'សំណើមិនត្រូវបានអនុម័ត',
    tie: 'មានសំឡេងស្មើគ្នាសម្រាប់អាសនៈចុងក្រោយ៖ អង្គការត្រូវសម្រេចតាមវិធានរបស់ខ្លួន។',
    noDues: 'គ្មានម៉ូឌុលភាគទាន៖ សមាជិកសកម្មទាំងអស់មានសិទ្ធិបោះឆ្នោត។',
    pending: 'ប្រអប់សន្លឹកឆ្នោតក្រដាសដែលមិនទាន់បញ្ជាក់ (មិនបានរាប់)', yes: 'យល់ព្រម', no: 'មិនយល់ព្រម', abstain: 'អនុប្បវាទ',
    erased: 'បេក្ខជនដែលត្រូវបានលុប',
  },
  en: {
    notClosed: 'The result exists only once the vote has closed.', failed: 'Could not load the result.',
    loading: 'Loading…', onRoll: 'Members on the roll', voted: 'Members who voted', ballots: 'Ballots counted',
    votes: 'votes', elected: 'Elected', passed: 'The motion passed', rejected: 'The motion did not pass',
    tie: 'Candidates tie for the last seat: the organisation decides it by its own rules.',
    noDues: 'No dues module: every active member could vote.',
    pending: 'Paper boxes never confirmed (not counted)', yes: 'Yes', no: 'No', abstain: 'Abstain',
    erased: 'An erased candidate',
  },
};

export default class GovernanceResult extends HTMLElement {
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
    this.result = null;
    this.problem = null;
    this.draw();
    if (!recordId) return;
    try {
      this.result = await api('GET', `elections/${encodeURIComponent(recordId)}/result`);
    } catch (e) {
      this.problem = e && e.status === 409 ? 'notClosed' : 'failed';
    }
    this.draw();
  }

  draw() {
    const { html, render, language, format } = this.ctx;
    const w = WORDS[language];
    const r = this.result;
    let body;
    if (this.problem) body = html`<p role="alert">${w[this.problem]}</p>`;
    else if (!r) body = html`<p role="status">${w.loading}</p>`;
    else {
      body = html`
        <p><strong>${language === 'en' ? r.titleEn : r.titleKm}</strong></p>
        <dl>
          <dt>${w.onRoll}</dt><dd>${format.number(r.eligible)}</dd>
          <dt>${w.voted}</dt><dd>${format.number(r.voted)} (${format.number(r.turnoutPercent)}%)</dd>
          <dt>${w.ballots}</dt><dd>${format.number(r.ballots)}</dd>
        </dl>
        <ul id="result-lines">${r.choices.map((c) => html`<li>${c.answer ? w[c.answer] : c.workingName ?? w.erased}
          ${c.memberCode ? html`(${c.memberCode})` : ''}: ${format.number(c.votes)} ${w.votes}
          ${c.elected ? html` · <strong>${w.elected}</strong>` : ''}</li>`)}</ul>
        ${r.kind === 'motion' ? html`<p><strong>${r.passed ? w.passed : w.rejected}</strong></p>` : ''}
        ${r.tieForLastSeat ? html`<p>${w.tie}</p>` : ''}
        ${r.standingChecked ? '' : html`<p>${w.noDues}</p>`}
        ${r.paperPending ? html`<p>${w.pending}: ${format.number(r.paperPending)}</p>` : ''}`;
    }
    render(body, this);
  }
}
