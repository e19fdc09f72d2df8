// The attendance screen of one class session, for a phone on a slow connection: the class's
// children come in one answer, each gets one tap (present, late, absent), and the whole session
// goes in one request. If that request fails, the taps stay on the screen (in memory only: nothing
// about a child is stored on the device) and the screen says so; sending again is safe, the server
// keeps one mark per child and day. No build: the web app hands it Lit's html and render, the
// module's API and the language through its `context` property.
const WORDS = {
  km: {
    title: 'វត្តមានថ្ងៃនេះ', PRESENT: 'មក', LATE: 'យឺត', ABSENT: 'អវត្តមាន', send: 'ផ្ញើវត្តមាន',
    sending: 'កំពុងផ្ញើ…', sent: 'បានផ្ញើវត្តមានរួចរាល់។', failed: 'មិនទាន់បានផ្ញើទេ។ ការចុចរបស់អ្នកនៅតែមាននៅលើអេក្រង់នេះ។ សូមព្យាយាមម្តងទៀត។',
    missing: 'សូមចុចសម្រាប់កុមារគ្រប់រូប', noRecord: 'សូមបើកថ្នាក់មួយជាមុនសិន។', loading: 'កំពុងផ្ទុក…',
    loadFailed: 'មិនអាចផ្ទុកបញ្ជីកុមារបានទេ។', empty: 'មិនមានកុមារក្នុងថ្នាក់នេះទេ។', child: 'កុមារលេខ', allPresent: 'ទាំងអស់មក',
  },
  en: {
    title: "Today's attendance", PRESENT: 'Present', LATE: 'Late', ABSENT: 'Absent', send: 'Send attendance',
    sending: 'Sending…', sent: 'Attendance sent.', failed: 'Not sent yet. Your taps are still on this screen. Try again.',
    missing: 'Tap for every child', noRecord: 'Open a class first.', loading: 'Loading…',
    loadFailed: 'Could not load the children of this class.', empty: 'No children in this class.', child: 'Child number',
    allPresent: 'All present',
  },
};
const MARKS = ['PRESENT', 'LATE', 'ABSENT'];

const STYLE = `
  .att-list { list-style: none; margin: 0; padding: 0; }
  .att-row { border-bottom: 1px solid #ccc; padding: 8px 0; }
  .att-name { display: block; font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
  .att-taps { display: flex; gap: 6px; }
  .att-taps button { flex: 1; min-height: 44px; min-width: 0; font-size: 1rem; border: 2px solid #1b1b1b;
    border-radius: 6px; background: #fff; color: #1b1b1b; }
  .att-taps button[aria-pressed="true"] { background: #1b1b1b; color: #fff; }
  .att-send { min-height: 48px; width: 100%; margin-top: 12px; font-size: 1.05rem; }
`;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default class EducationAttendance extends HTMLElement {
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
    this.rows = null;
    this.taps = new Map();
    this.state = 'loading';
    this.day = today();
    this.draw();
    if (!recordId) return;
    try {
      const rows = await api('GET', `classes/${encodeURIComponent(recordId)}/roster?day=${this.day}`);
      if (recordId !== this.ctx.recordId) return;
      this.rows = rows;
      for (const r of rows) if (r.status) this.taps.set(r.childId, r.status);
      this.state = 'ready';
    } catch {
      this.state = 'loadFailed';
    }
    this.draw();
  }

  tap(childId, mark) {
    this.taps.set(childId, mark);
    if (this.state !== 'sending') this.state = this.state === 'failed' ? 'failed' : 'ready';
    this.draw();
  }

  allPresent() {
    for (const r of this.rows) if (!this.taps.has(r.childId)) this.taps.set(r.childId, 'PRESENT');
    this.draw();
  }

  async send() {
    const { api, recordId } = this.ctx;
    const marks = this.rows.map((r) => ({ childId: r.childId, status: this.taps.get(r.childId) }));
    if (marks.some((m) => !m.status)) {
      this.state = 'missing';
      this.draw();
      return;
    }
    this.state = 'sending';
    this.draw();
    try {
      await api('POST', `classes/${encodeURIComponent(recordId)}/sessions`, { heldOn: this.day, marks });
      this.state = 'sent';
    } catch {
      this.state = 'failed';
    }
    this.draw();
  }

  draw() {
    const { html, render, language, recordId } = this.ctx;
    const w = WORDS[language];
    let body;
    if (!recordId) body = html`<p>${w.noRecord}</p>`;
    else if (this.state === 'loadFailed') body = html`<p class="error" role="alert">${w.loadFailed}</p>`;
    else if (!this.rows) body = html`<p role="status">${w.loading}</p>`;
    else if (this.rows.length === 0) body = html`<p>${w.empty}</p>`;
    else {
      const status = { sending: w.sending, sent: w.sent, failed: w.failed, missing: w.missing }[this.state] ?? '';
      body = html`
        <h2>${w.title}</h2>
        <p><button type="button" class="att-all" @click=${() => this.allPresent()}>${w.allPresent}</button></p>
        <ul class="att-list">
          ${this.rows.map((r) => {
            const label = r.name ?? `${w.child} ${r.childId}`;
            return html`<li class="att-row" data-child=${String(r.childId)}>
              <span class="att-name" id=${`child-${r.childId}`}>${label}</span>
              <span class="att-taps" role="group" aria-labelledby=${`child-${r.childId}`}>
                ${MARKS.map((m) => html`<button type="button" data-mark=${m}
                  aria-pressed=${this.taps.get(r.childId) === m ? 'true' : 'false'}
                  @click=${() => this.tap(r.childId, m)}>${w[m]}</button>`)}
              </span>
            </li>`;
          })}
        </ul>
        <button type="button" class="att-send" ?disabled=${this.state === 'sending'} @click=${() => this.send()}>${w.send}</button>
        <p class=${this.state === 'failed' || this.state === 'missing' ? 'error' : ''} role="status" id="attendance-status">${status}</p>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
