// What a team leader sees once a visit is saved: what it counted, what is left in the chapter's
// stock, and the next steps she may take on the spot: invite someone who wants to join (the
// core's invite and QR code), start a health referral or a legal-aid case in those modules' own
// forms. Each step is offered only where its module is switched on and she may take it. No build:
// the web app hands it Lit's html and render, the module's API, the language and the formats.
const WORDS = {
  km: {
    saved: 'បានរក្សាទុកការចុះជួប', reached: 'មនុស្សដែលបានជួប', invited: 'បានអញ្ជើញឱ្យចូលជាសមាជិក',
    left: 'សម្ភារៈនៅសល់', next: 'ជំហានបន្ទាប់', invite: 'អញ្ជើញអ្នកណាម្នាក់ឱ្យចូលជាសមាជិកឥឡូវនេះ (កូដ QR)',
    referral: 'បញ្ជូនអ្នកណាម្នាក់ទៅសេវាសុខភាព', legal: 'បើកករណីជំនួយផ្លូវច្បាប់', another: 'កត់ត្រាការចុះជួបមួយទៀត',
    noRecord: 'សូមបើកការចុះជួបមួយជាមុនសិន។', failed: 'មិនអាចផ្ទុកការចុះជួបនេះបានទេ។', loading: 'កំពុងផ្ទុក…',
    kinds: { 'male-condoms': 'ស្រោមអនាម័យបុរស', 'female-condoms': 'ស្រោមអនាម័យស្ត្រី', lubricant: 'ទឹករំអិល',
      leaflets: 'ខិត្តប័ណ្ណអប់រំ', booklets: 'កូនសៀវភៅអប់រំ', posters: 'ផ្ទាំងរូបភាពអប់រំ' },
  },
  en: {
    saved: 'Visit saved', reached: 'People reached', invited: 'Invited to join', left: 'Materials left',
    next: 'Next steps', invite: 'Invite someone to join now (QR code)', referral: 'Refer someone to health care',
    legal: 'Open a legal-aid case', another: 'Log another visit', noRecord: 'Open a visit first.',
    failed: 'Could not load this visit.', loading: 'Loading…',
    kinds: { 'male-condoms': 'Male condoms', 'female-condoms': 'Female condoms', lubricant: 'Lubricant',
      leaflets: 'IEC leaflets', booklets: 'IEC booklets', posters: 'IEC posters' },
  },
};

const STYLE = `
  .visit-done dl { display: grid; grid-template-columns: 1fr auto; gap: 4px 12px; max-width: 420px; }
  .visit-done dd { margin: 0; text-align: end; font-variant-numeric: tabular-nums; }
  .visit-done ul.next { list-style: none; padding: 0; display: grid; gap: 8px; max-width: 420px; }
  .visit-done ul.next a { display: block; padding: 12px; min-height: 44px; box-sizing: border-box; }
`;

function route(...parts) {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

export default class OrganisingVisitDone extends HTMLElement {
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
    this.visit = null;
    this.stock = null;
    this.failed = false;
    this.draw();
    if (!recordId) return;
    try {
      const [visit, stock] = await Promise.all([api('GET', `visits/${encodeURIComponent(recordId)}`), api('GET', 'stock')]);
      if (recordId !== this.ctx.recordId) return;
      this.visit = visit;
      this.stock = stock;
    } catch {
      this.failed = true;
    }
    this.draw();
  }

  /** The steps she may take from here, each only where its module is on and she holds its permission. */
  steps(words) {
    const { tenant, modules, may } = this.ctx;
    const steps = [];
    if (may('invite:manage')) steps.push({ id: 'invite-now', href: route('t', tenant, 'admin', 'invites'), label: words.invite });
    if (modules.includes('health-referral') && may('health:referral:write')) {
      steps.push({ id: 'start-referral', href: route('t', tenant, 'm', 'health-referral', 'referral-new'), label: words.referral });
    }
    if (modules.includes('legal-aid') && may('legal:case:write')) {
      steps.push({ id: 'start-legal-case', href: route('t', tenant, 'm', 'legal-aid', 'case-new'), label: words.legal });
    }
    if (may('organising:visit:write')) {
      steps.push({ id: 'another-visit', href: route('t', tenant, 'm', 'organising', 'visit-new'), label: words.another });
    }
    return steps;
  }

  draw() {
    const { html, render, language, format, recordId } = this.ctx;
    const words = WORDS[language] ?? WORDS.en;
    const v = this.visit;
    let body;
    if (!recordId) body = html`<p>${words.noRecord}</p>`;
    else if (this.failed) body = html`<p class="error" role="alert">${words.failed}</p>`;
    else if (!v) body = html`<p role="status">${words.loading}</p>`;
    else {
      const held = this.stock.filter((s) => s.received > 0);
      body = html`
        <section class="visit-done">
          <p class="notice" role="status" id="visit-saved">${words.saved}: ${format.date(v.visitedOn)}</p>
          <dl>
            <dt>${words.reached}</dt><dd id="visit-reached">${format.number(v.peopleReached)}</dd>
            <dt>${words.invited}</dt><dd>${format.number(v.invitedToJoin)}</dd>
          </dl>
          <h2>${words.left}</h2>
          <dl id="stock-left">
            ${held.map((s) => html`<dt>${words.kinds[s.materialKind]}</dt>
              <dd data-kind=${s.materialKind}>${format.number(s.left)}</dd>`)}
          </dl>
          <h2>${words.next}</h2>
          <ul class="next">
            ${this.steps(words).map((s) => html`<li><a class="button secondary" id=${s.id} href=${s.href}>${s.label}</a></li>`)}
          </ul>
        </section>`;
    }
    render(html`<style>${STYLE}</style>${body}`, this);
  }
}
