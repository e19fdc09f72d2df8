import { LitElement, html, nothing } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError, api, seg } from '../core/api';
import { can } from '../core/grants';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import '../admin/invite-qr';

interface TwoStepState {
  enrolled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

interface Enrolment {
  secret: string;
  uri: string;
}

/**
 * The caller's two-step login: set it up with an authenticator app (QR code or key), see the
 * recovery codes once, make new ones, switch it off; and, for an organisation's admin, whether the
 * organisation requires it.
 */
export class TwoStepScreen extends LitElement {
  static override properties = {
    ctx: { attribute: false }, state: { state: true }, enrolment: { state: true }, codes: { state: true },
    required: { state: true }, error: { state: true }, said: { state: true }, busy: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare state: TwoStepState | null;
  declare enrolment: Enrolment | null;
  /** Recovery codes just made: shown this once, then forgotten. */
  declare codes: string[];
  /** The organisation's requirement, when the caller may change it; null otherwise. */
  declare required: boolean | null;
  declare error: string;
  declare said: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.state = null;
    this.enrolment = null;
    this.codes = [];
    this.required = null;
    this.error = '';
    this.said = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.codes = [];
    this.enrolment = null;
  }

  private get managesOrganisation(): boolean {
    return this.ctx?.tenant.type === 'organisation' && can(this.ctx.grants, 'tenant:manage');
  }

  private async load(): Promise<void> {
    try {
      this.state = await api<TwoStepState>('GET', '/api/auth/two-step');
      if (this.managesOrganisation) {
        const r = await api<{ required: boolean }>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/two-step-requirement`);
        this.required = r.required;
      }
    } catch {
      this.error = t('error.load');
    }
  }

  private async run(call: () => Promise<void>, explain: (e: unknown) => string): Promise<void> {
    this.busy = true;
    this.error = '';
    this.said = '';
    try {
      await call();
    } catch (e) {
      this.error = explain(e);
    } finally {
      this.busy = false;
    }
  }

  private start(): Promise<void> {
    return this.run(async () => {
      this.enrolment = await api<Enrolment>('POST', '/api/auth/two-step/enrolment');
    }, (e) => explainProblem(e));
  }

  private confirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = String(new FormData(event.target as HTMLFormElement).get('code') ?? '').replace(/\s/g, '');
    return this.run(async () => {
      const r = await api<{ recoveryCodes: string[] }>('POST', '/api/auth/two-step/enrolment/confirm', { code });
      this.enrolment = null;
      this.codes = r.recoveryCodes;
      await this.load();
    }, (e) => (e instanceof ApiError && e.status === 400 ? t('twoStep.wrongCode') : explainProblem(e)));
  }

  private change(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const action = (event.submitter as HTMLButtonElement | null)?.value === 'off' ? 'disable' : 'recovery-codes';
    const code = String(data.get('code') ?? '').replace(/\s/g, '');
    const body = { password: String(data.get('password') ?? ''), ...(code ? { code } : {}) };
    return this.run(async () => {
      if (action === 'disable') {
        await api('POST', '/api/auth/two-step/disable', body);
        this.said = t('twoStep.turnedOff');
      } else {
        this.codes = (await api<{ recoveryCodes: string[] }>('POST', '/api/auth/two-step/recovery-codes', body)).recoveryCodes;
      }
      form.reset();
      await this.load();
    }, (e) => (e instanceof ApiError && e.status === 403 ? t('twoStep.wrongConfirmation')
      : e instanceof ApiError && e.status === 429 ? t('login.throttled', { seconds: e.retryAfter || 60 }) : explainProblem(e)));
  }

  private setRequired(event: Event): Promise<void> {
    const required = (event.target as HTMLInputElement).checked;
    return this.run(async () => {
      const r = await api<{ required: boolean }>('PUT', `/api/t/${seg(this.ctx.tenant.slug)}/two-step-requirement`,
        { required });
      this.required = r.required;
      this.said = t('twoStep.saved');
    }, (e) => explainProblem(e));
  }

  override render() {
    return html`
      <h1>${t('twoStep.title')}</h1>
      <p>${t('twoStep.intro')}</p>
      ${this.state ? this.renderState(this.state) : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.said ? html`<p role="status">${this.said}</p>` : nothing}
      ${this.required !== null ? html`
        <h2>${t('twoStep.orgTitle')}</h2>
        <label class="check"><input type="checkbox" id="require" .checked=${this.required} ?disabled=${this.busy}
          @change=${this.setRequired} /> ${t('twoStep.orgRequire')}</label>` : nothing}
    `;
  }

  private renderState(state: TwoStepState) {
    if (this.codes.length > 0) return this.renderCodes();
    return html`
      ${state.required && !state.enrolled ? html`<p class="error" id="required">${t('twoStep.required')}</p>` : nothing}
      ${state.enrolled ? html`<p id="on">${t('twoStep.on', { count: state.recoveryCodesLeft })}</p>` : nothing}
      ${!state.enrolled && !this.enrolment
        ? html`<button id="start" ?disabled=${this.busy} @click=${this.start}>${t('twoStep.start')}</button>` : nothing}
      ${this.enrolment ? this.renderEnrolment(this.enrolment) : nothing}
      ${this.enrolment ? nothing : this.renderChange(state)}
    `;
  }

  private renderEnrolment(enrolment: Enrolment) {
    return html`
      <p>${t('twoStep.scan')}</p>
      <invite-qr .url=${enrolment.uri} .label=${t('twoStep.qrLabel')}></invite-qr>
      <p>${t('twoStep.key')}: <code id="secret">${enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
      <form id="confirm" @submit=${this.confirm} novalidate>
        <label for="enrol-code">${t('twoStep.code')}</label>
        <input id="enrol-code" name="code" required inputmode="numeric" maxlength="7" autocomplete="one-time-code" />
        <button type="submit" ?disabled=${this.busy}>${t('twoStep.confirm')}</button>
      </form>
    `;
  }

  private renderCodes() {
    return html`
      <h2>${t('twoStep.codesTitle')}</h2>
      <p>${t('twoStep.codesHint')}</p>
      <ul id="codes">${this.codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
      <button id="kept" @click=${() => { this.codes = []; }}>${t('twoStep.done')}</button>
    `;
  }

  private renderChange(state: TwoStepState) {
    return html`
      <h2>${t('twoStep.newCodes')}</h2>
      <p class="muted">${t('twoStep.newCodesHint')}</p>
      <form id="change" @submit=${this.change} novalidate>
        <label for="password">${t('twoStep.password')}</label>
        <input id="password" name="password" type="password" required autocomplete="current-password" />
        ${state.enrolled ? html`
          <label for="change-code">${t('twoStep.code')}</label>
          <input id="change-code" name="code" required inputmode="numeric" maxlength="7" autocomplete="one-time-code" />`
          : nothing}
        <button type="submit" value="codes" ?disabled=${this.busy}>${t('twoStep.newCodes')}</button>
        ${state.enrolled ? html`<button type="submit" class="secondary" value="off" ?disabled=${this.busy}>
          ${t('twoStep.turnOff')}</button>` : nothing}
      </form>
    `;
  }
}

customElements.define('two-step-screen', TwoStepScreen);
