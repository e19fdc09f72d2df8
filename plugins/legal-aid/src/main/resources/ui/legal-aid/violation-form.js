// Documenting a rights violation: an event (day, place, consent to advocacy use) with its acts,
// each with its victims. Data cannot say this form (a list of acts, each with its own list of
// victims), so the module draws it here. A victim is a member by code, or left blank for a person
// who is not a member; nothing else about a victim is asked. No build: the web app hands it Lit's
// html and render, the module's API and the language through its `context` property.
// [value, km, en], as legal-aid.json and the API (Places, ViolationAct) name them
const PLACES = [
  ["pp-chamkar-morn", "ខណ្ឌចំការមន", "Khan Chamkar Morn"],
  ["pp-daun-penh", "ខណ្ឌដូនពេញ", "Khan Daun Penh"],
  ["pp-prampi-makara", "ខណ្ឌ៧មករា", "Khan Prampi Makara"],
  ["pp-toul-kork", "ខណ្ឌទួលគោក", "Khan Toul Kork"],
  ["pp-dangkao", "ខណ្ឌដង្កោ", "Khan Dangkao"],
  ["pp-meanchey", "ខណ្ឌមានជ័យ", "Khan Meanchey"],
  ["pp-russey-keo", "ខណ្ឌឫស្សីកែវ", "Khan Russey Keo"],
  ["pp-sen-sok", "ខណ្ឌសែនសុខ", "Khan Sen Sok"],
  ["pp-por-senchey", "ខណ្ឌពោធិ៍សែនជ័យ", "Khan Por Senchey"],
  ["pp-chroy-changvar", "ខណ្ឌជ្រោយចង្វារ", "Khan Chroy Changvar"],
  ["pp-prek-pnov", "ខណ្ឌព្រែកព្នៅ", "Khan Prek Pnov"],
  ["pp-chbar-ampov", "ខណ្ឌច្បារអំពៅ", "Khan Chbar Ampov"],
  ["pp-boeung-keng-kang", "ខណ្ឌបឹងកេងកង", "Khan Boeung Keng Kang"],
  ["pp-kamboul", "ខណ្ឌកំបូល", "Khan Kamboul"],
  ["banteay-meanchey", "ខេត្តបន្ទាយមានជ័យ", "Banteay Meanchey province"],
  ["battambang", "ខេត្តបាត់ដំបង", "Battambang province"],
  ["kampong-cham", "ខេត្តកំពង់ចាម", "Kampong Cham province"],
  ["kampong-chhnang", "ខេត្តកំពង់ឆ្នាំង", "Kampong Chhnang province"],
  ["kampong-speu", "ខេត្តកំពង់ស្ពឺ", "Kampong Speu province"],
  ["kampong-thom", "ខេត្តកំពង់ធំ", "Kampong Thom province"],
  ["kampot", "ខេត្តកំពត", "Kampot province"],
  ["kandal", "ខេត្តកណ្ដាល", "Kandal province"],
  ["kep", "ខេត្តកែប", "Kep province"],
  ["koh-kong", "ខេត្តកោះកុង", "Koh Kong province"],
  ["kratie", "ខេត្តក្រចេះ", "Kratie province"],
  ["mondulkiri", "ខេត្តមណ្ឌលគិរី", "Mondulkiri province"],
  ["oddar-meanchey", "ខេត្តឧត្ដរមានជ័យ", "Oddar Meanchey province"],
  ["pailin", "ខេត្តប៉ៃលិន", "Pailin province"],
  ["preah-sihanouk", "ខេត្តព្រះសីហនុ", "Preah Sihanouk province"],
  ["preah-vihear", "ខេត្តព្រះវិហារ", "Preah Vihear province"],
  ["prey-veng", "ខេត្តព្រៃវែង", "Prey Veng province"],
  ["pursat", "ខេត្តពោធិ៍សាត់", "Pursat province"],
  ["ratanakiri", "ខេត្តរតនគិរី", "Ratanakiri province"],
  ["siem-reap", "ខេត្តសៀមរាប", "Siem Reap province"],
  ["stung-treng", "ខេត្តស្ទឹងត្រែង", "Stung Treng province"],
  ["svay-rieng", "ខេត្តស្វាយរៀង", "Svay Rieng province"],
  ["takeo", "ខេត្តតាកែវ", "Takeo province"],
  ["tbong-khmum", "ខេត្តត្បូងឃ្មុំ", "Tbong Khmum province"],
];
const ACTS = [
  ["arbitrary-arrest", "ការចាប់ខ្លួនដោយបំពាន", "Arbitrary arrest"],
  ["detention-without-food-water-medicine", "ការឃុំខ្លួនគ្មានអាហារ ទឹក ឬថ្នាំ", "Held without food, water or medicine"],
  ["physical-violence", "អំពើហិង្សាលើរាងកាយ", "Physical violence"],
  ["sexual-violence", "អំពើហិង្សាផ្លូវភេទ", "Sexual violence"],
  ["extortion", "ការជំរិតទារប្រាក់", "Extortion"],
  ["condoms-as-evidence", "ការយកស្រោមអនាម័យធ្វើជាភស្តុតាង", "Condoms used as evidence"],
  ["confiscation", "ការរឹបអូសទ្រព្យ", "Confiscation"],
  ["verbal-abuse", "ការជេរប្រមាថ", "Verbal abuse"],
  ["forced-eviction", "ការបណ្ដេញចេញដោយបង្ខំ", "Forced eviction"],
  ["other", "ផ្សេងៗ", "Other"],
];
const PERPETRATORS = [
  ["police", "ប៉ូលីស", "Police"],
  ["social-affairs-guard", "សន្តិសុខមណ្ឌលសង្គមកិច្ច", "Social Affairs guard"],
  ["client", "ភ្ញៀវ", "Client"],
  ["gang", "ក្រុមក្មេងទំនើង", "Gang"],
  ["other", "ផ្សេងៗ", "Other"],
];

const WORDS = {
  km: {
    occurredOn: 'ថ្ងៃកើតហេតុ', place: 'ខណ្ឌ ឬខេត្ត', consent: 'ជនរងគ្រោះយល់ព្រមឱ្យប្រើក្នុងការតស៊ូមតិ',
    act: 'អំពើទី {n}', actType: 'អំពើ', perpetrator: 'អ្នកប្រព្រឹត្ត', victim: 'ជនរងគ្រោះទី {n}',
    memberCode: 'លេខកូដសមាជិក (ទុកទទេ បើមិនមែនសមាជិក)', addVictim: 'បន្ថែមជនរងគ្រោះ', removeVictim: 'ដកជនរងគ្រោះទី {n}',
    addAct: 'បន្ថែមអំពើ', removeAct: 'ដកអំពើទី {n}', choose: 'ជ្រើសរើស…', required: 'សូមបំពេញចំណុចនេះ។',
    save: 'រក្សាទុក', saved: 'បានកត់ត្រាការរំលោភសិទ្ធិ។',
    failed: 'មិនអាចរក្សាទុកបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយសាកម្ដងទៀត។',
  },
  en: {
    occurredOn: 'Day', place: 'Khan or province', consent: 'The victims agree to advocacy use',
    act: 'Act {n}', actType: 'Act', perpetrator: 'Perpetrator', victim: 'Victim {n}',
    memberCode: 'Member code (leave empty if not a member)', addVictim: 'Add a victim', removeVictim: 'Remove victim {n}',
    addAct: 'Add an act', removeAct: 'Remove act {n}', choose: 'Choose…', required: 'Fill this in.',
    save: 'Save', saved: 'The violation is documented.',
    failed: 'Could not save. Check the connection and try again.',
  },
};
const STYLE = `
  .violation-act { border: 1px solid #767676; border-radius: 8px; padding: 8px 12px; margin: 12px 0; }
  .violation-act legend { font-weight: 600; }
  .violation-victim { border-inline-start: 3px solid #767676; padding-inline-start: 8px; margin: 8px 0; }
`;

const newAct = () => ({ actType: '', perpetratorType: '', victims: [{ memberCode: '' }] });

export default class LegalAidViolationForm extends HTMLElement {
  constructor() {
    super();
    this.reset();
  }

  set context(context) {
    this.ctx = context;
    this.draw();
  }

  reset() {
    this.event = { occurredOn: '', place: '', advocacyConsent: false, acts: [newAct()] };
    this.errors = {};
    this.message = '';
  }

  words() {
    const words = WORDS[this.ctx.language];
    return (key, n) => words[key].replace('{n}', String(n));
  }

  change(update) {
    update();
    this.draw();
  }

  async save(event) {
    event.preventDefault();
    const e = this.event;
    const errors = {};
    if (!e.occurredOn) errors.occurredOn = true;
    if (!e.place) errors.place = true;
    e.acts.forEach((act, i) => {
      if (!act.actType) errors[`act-${i}-type`] = true;
      if (!act.perpetratorType) errors[`act-${i}-perpetrator`] = true;
    });
    this.errors = errors;
    this.message = '';
    this.saved = false;
    this.draw();
    if (Object.keys(errors).length) {
      this.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    const body = { occurredOn: e.occurredOn, place: e.place, advocacyConsent: e.advocacyConsent,
      acts: e.acts.map((act) => ({ actType: act.actType, perpetratorType: act.perpetratorType,
        victims: act.victims.map((v) => (v.memberCode.trim() ? { memberCode: v.memberCode.trim() } : {})) })) };
    this.busy = true;
    this.draw();
    try {
      await this.ctx.api('POST', 'violations', body);
      this.reset();
      this.saved = true;
    } catch (refusal) {
      const w = WORDS[this.ctx.language];
      // the app's words for the refusal (a code it knows, or the kind of refusal), never the server's English
      this.message = this.ctx.explain ? this.ctx.explain(refusal) : w.failed;
    }
    this.busy = false;
    this.draw();
  }

  select(id, label, value, options, error, onChange) {
    const { html, language } = this.ctx;
    const w = this.words();
    return html`<label for=${id}>${label} <span aria-hidden="true">*</span></label>
      <select id=${id} required aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : ''}
        @change=${(ev) => this.change(() => onChange(ev.target.value))}>
        <option value="" ?selected=${!value}>${w('choose')}</option>
        ${options.map(([v, km, en]) => html`<option value=${v} ?selected=${v === value}>${language === 'km' ? km : en}</option>`)}
      </select>${error ? html`<p class="error" id=${`${id}-error`}>${w('required')}</p>` : ''}`;
  }

  victim(act, i, victim, j) {
    const { html } = this.ctx;
    const w = this.words();
    const id = `act-${i}-victim-${j}`;
    return html`<div class="violation-victim" role="group" aria-label=${w('victim', j + 1)}>
      <label for=${id}>${w('victim', j + 1)}: ${w('memberCode')}</label>
      <input id=${id} autocomplete="off" maxlength="40" .value=${victim.memberCode}
        @input=${(ev) => { victim.memberCode = ev.target.value; }} />
      ${act.victims.length > 1 ? html`<p><button type="button" class="secondary"
        @click=${() => this.change(() => act.victims.splice(j, 1))}>${w('removeVictim', j + 1)}</button></p>` : ''}
    </div>`;
  }

  act(act, i) {
    const { html } = this.ctx;
    const w = this.words();
    return html`<fieldset class="violation-act"><legend>${w('act', i + 1)}</legend>
      ${this.select(`act-${i}-type`, w('actType'), act.actType, ACTS, this.errors[`act-${i}-type`], (v) => { act.actType = v; })}
      ${this.select(`act-${i}-perpetrator`, w('perpetrator'), act.perpetratorType, PERPETRATORS,
        this.errors[`act-${i}-perpetrator`], (v) => { act.perpetratorType = v; })}
      ${act.victims.map((victim, j) => this.victim(act, i, victim, j))}
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.change(() => act.victims.push({ memberCode: '' }))}>${w('addVictim')}</button>
        ${this.event.acts.length > 1 ? html`<button type="button" class="secondary"
          @click=${() => this.change(() => this.event.acts.splice(i, 1))}>${w('removeAct', i + 1)}</button>` : ''}
      </div>
    </fieldset>`;
  }

  draw() {
    if (!this.ctx) return;
    const { html, render } = this.ctx;
    const w = this.words();
    const e = this.event;
    const dayError = this.errors.occurredOn;
    render(html`<style>${STYLE}</style>
      <form novalidate @submit=${(ev) => this.save(ev)}>
        <label for="violation-day">${w('occurredOn')} <span aria-hidden="true">*</span></label>
        <input id="violation-day" type="date" required .value=${e.occurredOn} aria-invalid=${dayError ? 'true' : 'false'}
          aria-describedby=${dayError ? 'violation-day-error' : ''} @input=${(ev) => { e.occurredOn = ev.target.value; }} />
        ${dayError ? html`<p class="error" id="violation-day-error">${w('required')}</p>` : ''}
        ${this.select('violation-place', w('place'), e.place, PLACES, this.errors.place, (v) => { e.place = v; })}
        <label class="check"><input type="checkbox" id="violation-consent" .checked=${e.advocacyConsent}
          @change=${(ev) => { e.advocacyConsent = ev.target.checked; }} /> ${w('consent')}</label>
        ${e.acts.map((act, i) => this.act(act, i))}
        <p><button type="button" class="secondary" @click=${() => this.change(() => e.acts.push(newAct()))}>${w('addAct')}</button></p>
        ${this.message ? html`<p class="error" role="alert">${this.message}</p>` : ''}
        ${this.saved ? html`<p role="status">${w('saved')}</p>` : ''}
        <p><button type="submit" ?disabled=${this.busy}>${w('save')}</button></p>
      </form>`, this);
  }
}
