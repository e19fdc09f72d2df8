// The notes module's one custom element: how many notes the tenant keeps, as a sentence. It needs
// no build: the web app hands it Lit's html and render, the module's API and the language.
const WORDS = {
  km: { count: (n) => `កំណត់ចំណាំ ${n}`, failed: 'មិនអាចផ្ទុកបានទេ' },
  en: { count: (n) => `${n} notes`, failed: 'Could not load the notes' },
};

export default class NotesSummary extends HTMLElement {
  set context(context) {
    this.ctx = context;
    this.load();
  }

  async load() {
    const { api, html, render, language, format } = this.ctx;
    const words = WORDS[language];
    try {
      const notes = await api('GET', 'notes');
      render(html`<p id="notes-count">${words.count(format.number(notes.length))}</p>`, this);
    } catch {
      render(html`<p class="error" role="alert">${words.failed}</p>`, this);
    }
  }
}
