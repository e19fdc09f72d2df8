// The attendance screen of one class session, for a phone on a slow connection: the class's
// children come in one answer, each gets one tap (present, late, absent), and the whole session
// goes in one request. If that request fails, the taps stay on the screen (in memory only: nothing
// about a child is stored on the device) and the screen says so; sending again is safe, the server
// keeps one mark per child and day. An earlier day (up to 31 days back) can be chosen: a session
// not yet sent is sent as on the day; a mark already taken that is changed after the day is a
// correction, which needs a reason and goes one request per changed mark. No build: the web app
// hands it Lit's html and render, the module's API and the language through its `context` property.
const WORDS = {
  km: {
    title: 'វត្តមានថ្ងៃនេះ', PRESENT: 'មក', LATE: 'យឺត', ABSENT: 'អវត្តមាន', send: 'ផ្ញើវត្តមាន',
    sending: 'កំពុងផ្ញើ…', sent: 'បានផ្ញើវត្តមានរួចរាល់។', failed: 'មិនទាន់បានផ្ញើទេ។ ការចុចរបស់អ្នកនៅតែមាននៅលើអេក្រង់នេះ។ សូមព្យាយាមម្តងទៀត។',
    missing: 'សូមចុចសម្រាប់កុមារគ្រប់រូប', noRecord: 'សូមបើកថ្នាក់មួយជាមុនសិន។', loading: 'កំពុងផ្ទុក…',
    loadFailed: 'មិនអាចផ្ទុកបញ្ជីកុមារបានទេ។', empty: 'មិនមានកុមារក្នុងថ្នាក់នេះទេ។', child: 'កុមារលេខ', allPresent: 'ទាំងអស់មក',
    day: 'ថ្ងៃនៃវគ្គ', pastTitle: 'កែវត្តមានដែលបានកត់រួច', reason: 'មូលហេតុនៃការកែ',
    reasonHint: 'ការកែបន្ទាប់ពីថ្ងៃនោះ ត្រូវការមូលហេតុ ហើយត្រូវបានកត់ត្រាទុក។', correct: 'រក្សាទុកការកែ',
    noReason: 'សូមសរសេរមូលហេតុនៃការកែ។', noChange: 'មិនមានអ្វីត្រូវកែទេ។', corrected: 'បានរក្សាទុកការកែរួចរាល់។',
    dayTitle: 'វត្តមានថ្ងៃ',
  },
  en: {
    title: "Today's attendance", PRESENT: 'Present', LATE: 'Late', ABSENT: 'Absent', send: 'Send attendance',
    sending: 'Sending…', sent: 'Attendance sent.', failed: 'Not sent yet. Your taps are still on this screen. Try again.',
    missing: 'Tap for every child', noRecord: 'Open a class first.', loading: 'Loading…',
    loadFailed: 'Could not load the children of this class.', empty: 'No children in this class.', child: 'Child number',
    allPresent: 'All present', day: 'Day of the session', pastTitle: 'Correct attendance already taken',
    reason: 'Reason for the correction', reasonHint: 'A correction after the day needs a reason and is recorded.',
    correct: 'Save the corrections', noReason: 'Write the reason for the correction.', noChange: 'Nothing to correct.',
    corrected: 'Corrections saved.', dayTitle: 'Attendance of',
  },
};
const MARKS = ['PRESENT', 'LATE', 'ABSENT'];
const DAYS_BACK = 31;

const STYLE = `
  .att-list { list-style: none; margin: 0; padding: 0; }
  .att-row { border-bottom: 1px solid #ccc; padding: 8px 0; }
  .att-name { display: block; font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
  .att-taps { display: flex; gap: 6px; }
  .att-taps button { flex: 1; min-height: 44px; min-width: 0; font-size: 1rem; border: 2px solid #1b1b1b;
    border-radius: 6px; background: #fff; color: #1b1b1b; }
  .att-taps button[aria-pressed="true"] { background: #1b1b1b; color: #fff; }
  .att-send { min-height: 48px; width: 100%; margin-top: 12px; font-size: 1.05rem; }
  .att-day input, .att-reason textarea { display: block; width: 100%; max-width: 100%; box-sizing: border-box; }
`;

function isoDay(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function today() {
  return isoDay(new Date());
}

function earliest() {
  const d = new Date();
  d.setDate(d.getDate() - DAYS_BACK);
  return isoDay(d);
}

export default class EducationAttendance extends HTMLElement {
  set context(context) {
    this.ctx = context;
    if (context.recordId !== this.loadedFor) {
      this.loadedFor = context.recordId;
      this.day = today();
      this.load();
    } else {
      this.draw();
    }
  }

  async load() {
    const { recordId, api } = this.ctx;
    const day = this.day;
    this.rows = null;
    this.taps = new Map();
    this.taken = new Map();
    this.reason = '';
    this.state = 'loading';
    this.draw();
    if (!recordId) return;
    try {
      const rows = await api('GET', `classes/${encodeURIComponent(recordId)}/roster?day=${day}`);
      if (recordId !== this.ctx.recordId || day !== this.day) return;
      this.rows = rows;
      for (const r of rows) {
        if (r.status) {
          this.taps.set(r.childId, r.status);
          this.taken.set(r.childId, r);
        }
      }
      this.state = 'ready';
    } catch {
      this.state = 'loadFailed';
    }
    this.draw();
  }

  /** After the day, with marks taken: changed marks are corrections. */
  correcting() {
    return this.day < today() && this.taken.size > 0;
  }

  chooseDay(value) {
    if (!value || value === this.day || value > today() || value < earliest()) return;
    this.day = value;
    this.load();
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
    if (this.correcting()) return this.sendCorrections();
    const { api, recordId } = this.ctx;
    const marks = this.rows.map((r) => ({ childId: r.childId, status: this.taps.get(r.childId) }));
    if (marks.some((m) => !m.status)) return this.say('missing');
    this.say('sending');
    try {
      await api('POST', `classes/${encodeURIComponent(recordId)}/sessions`, { heldOn: this.day, marks });
      this.state = 'sent';
    } catch {
      this.state = 'failed';
    }
    this.draw();
  }

  async sendCorrections() {
    const { api, recordId } = this.ctx;
    const changed = [...this.taken.values()].filter((r) => this.taps.get(r.childId) !== r.status);
    const added = this.rows.filter((r) => !this.taken.has(r.childId) && this.taps.has(r.childId));
    if (changed.length === 0 && added.length === 0) return this.say('noChange');
    const reason = this.reason.trim();
    if (changed.length > 0 && !reason) return this.say('noReason');
    this.say('sending');
    const klass = encodeURIComponent(recordId);
    try {
      for (const r of changed) {
        const status = this.taps.get(r.childId);
        await api('PUT', `classes/${klass}/sessions/${r.sessionId}/marks/${r.childId}`, { status, reason });
        this.taken.set(r.childId, { ...r, status });
      }
      if (added.length > 0) {
        await api('POST', `classes/${klass}/sessions`, { heldOn: this.day,
          marks: added.map((r) => ({ childId: r.childId, status: this.taps.get(r.childId) })) });
      }
      this.state = 'corrected';
    } catch {
      this.state = 'failed';
    }
    this.draw();
  }

  say(state) {
    this.state = state;
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
    else body = this.sheet(w);
    const day = html`<p class="att-day"><label for="attendance-day">${w.day}</label>
      <input id="attendance-day" type="date" .value=${this.day} min=${earliest()} max=${today()}
        @change=${(e) => this.chooseDay(e.target.value)} /></p>`;
    render(html`<style>${STYLE}</style>${recordId ? day : ''}${body}`, this);
  }

  sheet(w) {
    const { html, format } = this.ctx;
    const correcting = this.correcting();
    const status = { sending: w.sending, sent: w.sent, failed: w.failed, missing: w.missing, noReason: w.noReason,
      noChange: w.noChange, corrected: w.corrected }[this.state] ?? '';
    const problem = ['failed', 'missing', 'noReason'].includes(this.state);
    const reason = correcting ? html`<p class="att-reason"><label for="attendance-reason">${w.reason}</label>
        <textarea id="attendance-reason" rows="2" maxlength="500" aria-describedby="attendance-reason-hint"
          .value=${this.reason} @input=${(e) => { this.reason = e.target.value; }}></textarea>
        <small id="attendance-reason-hint">${w.reasonHint}</small></p>` : '';
    return html`
      <h2>${correcting ? w.pastTitle : this.day === today() ? w.title : `${w.dayTitle} ${format.date(this.day)}`}</h2>
      ${correcting ? '' : html`<p><button type="button" class="att-all" @click=${() => this.allPresent()}>${w.allPresent}</button></p>`}
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
      ${reason}
      <button type="button" class="att-send" ?disabled=${this.state === 'sending'} @click=${() => this.send()}>
        ${correcting ? w.correct : w.send}</button>
      <p class=${problem ? 'error' : ''} role="status" id="attendance-status">${status}</p>`;
  }
}
