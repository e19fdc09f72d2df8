// A child's way back to school as a checklist, for a phone: where the child stands (school, status,
// since when, grade), the documents needed and those obtained (birth certificate, family book,
// residence letter), and what stands in the way (costs, informal fees, documents, distance,
// discrimination, work, care of siblings). One read, one request to save the three sets; a
// checklist of sets is what the module's form data cannot say. No build: the web app hands it Lit's
// html and render, the module's API and the language through its `context` property.
const WORDS = {
  km: {
    school: 'សាលារៀន', status: 'ស្ថានភាពសិក្សា', since: 'ចាប់ពីថ្ងៃ', grade: 'ថ្នាក់ទី', documents: 'ឯកសារ', needed: 'ត្រូវការ',
    obtained: 'បានហើយ', barriers: 'ឧបសគ្គ', save: 'រក្សាទុក', saving: 'កំពុងរក្សាទុក…', saved: 'បានរក្សាទុករួចរាល់។',
    failed: 'មិនទាន់បានរក្សាទុកទេ។ អ្វីដែលអ្នកបានគូសនៅតែមាននៅលើអេក្រង់នេះ។ សូមព្យាយាមម្តងទៀត។',
    loading: 'កំពុងផ្ទុក…', loadFailed: 'មិនអាចផ្ទុកផ្លូវត្រឡប់ទៅសាលារៀនបានទេ។', noRecord: 'សូមបើកកុមារម្នាក់ជាមុនសិន។',
    OUT_OF_SCHOOL: 'មិនបានចូលរៀន', PREPARING: 'កំពុងត្រៀម', ENROLLED: 'បានចុះឈ្មោះ', ATTENDING: 'កំពុងរៀន',
    DROPPED_OUT: 'បានបោះបង់ការសិក្សា',
    BIRTH_CERTIFICATE: 'សំបុត្រកំណើត', FAMILY_BOOK: 'សៀវភៅគ្រួសារ', RESIDENCE_LETTER: 'លិខិតបញ្ជាក់ទីលំនៅ',
    COST_UNIFORM_MATERIALS: 'ថ្លៃឯកសណ្ឋាន និងសម្ភារៈសិក្សា', INFORMAL_FEES: 'ថ្លៃក្រៅផ្លូវការ', DOCUMENTS: 'ឯកសារ',
    DISTANCE: 'ចម្ងាយ', DISCRIMINATION: 'ការរើសអើង', CHILD_WORKS: 'កុមារធ្វើការ', SIBLING_CARE: 'មើលថែប្អូនៗ',
  },
  en: {
    school: 'School', status: 'School status', since: 'Since', grade: 'Grade', documents: 'Documents', needed: 'Needed',
    obtained: 'Obtained', barriers: 'Barriers', save: 'Save', saving: 'Saving…', saved: 'Saved.',
    failed: 'Not saved yet. What you ticked is still on this screen. Try again.',
    loading: 'Loading…', loadFailed: 'Could not load the way back to school.', noRecord: 'Open a child first.',
    OUT_OF_SCHOOL: 'Out of school', PREPARING: 'Preparing', ENROLLED: 'Enrolled', ATTENDING: 'Attending',
    DROPPED_OUT: 'Dropped out',
    BIRTH_CERTIFICATE: 'Birth certificate', FAMILY_BOOK: 'Family book', RESIDENCE_LETTER: 'Residence letter',
    COST_UNIFORM_MATERIALS: 'Cost of uniform and materials', INFORMAL_FEES: 'Informal fees', DOCUMENTS: 'Documents',
    DISTANCE: 'Distance', DISCRIMINATION: 'Discrimination', CHILD_WORKS: 'The child works',
    SIBLING_CARE: 'Care of siblings',
  },
};
const DOCUMENTS = ['BIRTH_CERTIFICATE', 'FAMILY_BOOK', 'RESIDENCE_LETTER'];
const BARRIERS = ['COST_UNIFORM_MATERIALS', 'INFORMAL_FEES', 'DOCUMENTS', 'DISTANCE', 'DISCRIMINATION', 'CHILD_WORKS',
  'SIBLING_CARE'];

const STYLE = `
  .needs fieldset { border: 1px solid #ccc; border-radius: 6px; margin: 12px 0; padding: 8px; min-width: 0; }
  .needs table { width: 100%; border-collapse: collapse; }
  .needs th, .needs td { padding: 6px 4px; text-align: left; overflow-wrap: anywhere; }
  .needs td.tick, .needs th.tick { text-align: center; width: 5.5em; }
  .needs input[type=checkbox] { width: 24px; height: 24px; }
  .needs label.check { display: flex; gap: 8px; align-items: center; min-height: 44px; }
  .needs .save { min-height: 48px; width: 100%; font-size: 1.05rem; }
  .needs dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0; }
  .needs dd { margin: 0; }
`;

export default class EducationSchoolNeeds extends HTMLElement {
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
    this.path = null;
    this.state = 'loading';
    this.draw();
    if (!recordId) return;
    try {
      const path = await api('GET', `children/${encodeURIComponent(recordId)}/school`);
      if (recordId !== this.ctx.recordId) return;
      this.path = path;
      this.school = path.schoolId ? (await api('GET', `schools/${encodeURIComponent(path.schoolId)}`).catch(() => null))?.name : null;
      if (recordId !== this.ctx.recordId) return;
      this.sets = {
        documentsNeeded: new Set(path.documentsNeeded ?? []),
        documentsObtained: new Set(path.documentsObtained ?? []),
        barriers: new Set(path.barriers ?? []),
      };
      this.state = 'ready';
    } catch {
      this.state = 'loadFailed';
    }
    this.draw();
  }

  toggle(set, code, on) {
    if (on) this.sets[set].add(code);
    else this.sets[set].delete(code);
    if (this.state === 'saved') this.state = 'ready';
    this.draw();
  }

  async save() {
    const { api, recordId } = this.ctx;
    this.state = 'saving';
    this.draw();
    const body = Object.fromEntries(Object.entries(this.sets).map(([name, codes]) => [name, [...codes].sort()]));
    try {
      this.path = await api('PUT', `children/${encodeURIComponent(recordId)}/school/needs`, body);
      this.state = 'saved';
    } catch {
      this.state = 'failed';
    }
    this.draw();
  }

  box(set, code, label, w) {
    const { html } = this.ctx;
    const id = `${set}-${code}`;
    return html`<input type="checkbox" id=${id} data-set=${set} data-code=${code} aria-label=${label}
      .checked=${this.sets[set].has(code)} ?disabled=${!this.ctx.may('edu:child:write')}
      @change=${(e) => this.toggle(set, code, e.target.checked)} />`;
  }

  draw() {
    const { html, render, language, recordId, format } = this.ctx;
    const w = WORDS[language];
    let body;
    if (!recordId) body = html`<p>${w.noRecord}</p>`;
    else if (this.state === 'loadFailed') body = html`<p class="error" role="alert">${w.loadFailed}</p>`;
    else if (!this.path) body = html`<p role="status">${w.loading}</p>`;
    else {
      const p = this.path;
      const may = this.ctx.may('edu:child:write');
      const status = { saving: w.saving, saved: w.saved, failed: w.failed }[this.state] ?? '';
      body = html`<div class="needs">
        <dl>
          <dt>${w.status}</dt><dd>${w[p.status] ?? p.status}</dd>
          ${this.school ? html`<dt>${w.school}</dt><dd>${this.school}</dd>` : ''}
          <dt>${w.since}</dt><dd>${format.date(p.statusSince)}</dd>
          ${p.grade ? html`<dt>${w.grade}</dt><dd>${format.number(p.grade)}</dd>` : ''}
        </dl>
        <fieldset><legend>${w.documents}</legend>
          <table>
            <thead><tr><th scope="col">${w.documents}</th><th scope="col" class="tick">${w.needed}</th>
              <th scope="col" class="tick">${w.obtained}</th></tr></thead>
            <tbody>${DOCUMENTS.map((d) => html`<tr data-document=${d}><th scope="row">${w[d]}</th>
              <td class="tick">${this.box('documentsNeeded', d, `${w[d]}: ${w.needed}`, w)}</td>
              <td class="tick">${this.box('documentsObtained', d, `${w[d]}: ${w.obtained}`, w)}</td></tr>`)}</tbody>
          </table>
        </fieldset>
        <fieldset><legend>${w.barriers}</legend>
          ${BARRIERS.map((b) => html`<label class="check">${this.box('barriers', b, w[b], w)}<span>${w[b]}</span></label>`)}
        </fieldset>
        ${may ? html`<button type="button" class="save" ?disabled=${this.state === 'saving'} @click=${() => this.save()}>
          ${w.save}</button>` : ''}
        <p class=${this.state === 'failed' ? 'error' : ''} role="status" id="needs-status">${status}</p>
      </div>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
