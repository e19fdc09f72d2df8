import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ApiError, NetworkError } from './api';
import { connectionLost } from './connection';
import { explainProblem, fieldProblems, problemDetail } from './problem-words';
import { currentLanguage, t } from '../i18n/locale';

/** A form as it was submitted, read before any await: a shadow-DOM event's target is gone once dispatch ends. */
export interface Submitted {
  form: HTMLFormElement;
  data: FormData;
}

/**
 * What every form of the app shares: the message shown under it, whether its call is on the way
 * (the submit button waits meanwhile), and the first steps of each submit. The host re-renders
 * whenever either changes.
 */
export class FormController implements ReactiveController {
  error = '';
  /** The server's own detail of the last refusal the app said only in general words ('' otherwise). */
  detail = '';
  busy = false;
  /** The submit being handled, read again from the form if it must be sent again (its values as they are then). */
  private submitting?: () => unknown;
  /** The words beside each field the server refused with a code this app knows, by field name. */
  fieldErrors: Record<string, string> = {};

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    /* nothing to start: the state lives as long as the host */
  }

  /** A submit listener that keeps the page from reloading and hands the submitted form to `handle`. */
  onSubmit(handle: (submitted: Submitted) => unknown): (event: SubmitEvent) => void {
    return (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const submit = (): void => {
        this.submitting = () => form.isConnected && submit();
        try {
          handle({ form, data: new FormData(form) });
        } finally {
          this.submitting = undefined;
        }
      };
      submit();
    };
  }

  /** Shows a message under the form ('' hides it). */
  fail(message: string): void {
    this.error = message;
    this.detail = '';
    this.fieldErrors = {};
    this.host.requestUpdate();
  }

  /**
   * Runs the form's call with the form busy; a refusal becomes the message `explain` gives for it
   * (by default its code's words or the server's detail), and each refused field the server named
   * gets its words beside it. When the server was not reached the app's banner says so (once, for
   * every form), the form keeps what was typed, and the banner's retry submits it again.
   */
  async run(call: () => Promise<unknown>, explain: (refusal: unknown) => string = explainProblem): Promise<void> {
    const resend = this.submitting ?? (() => this.run(call, explain));
    this.busy = true;
    this.fieldErrors = {};
    this.detail = '';
    this.host.requestUpdate();
    try {
      await call();
    } catch (e) {
      if (e instanceof NetworkError) connectionLost(this, resend);
      else {
        this.fieldErrors = fieldProblems(e);
        this.error = explain(e);
        this.detail = problemDetail(e);
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The words beside field `name` (its element's aria-describedby names `${name}-problem`); nothing when it is fine. */
  fieldMessage(name: string) {
    const words = this.fieldErrors[name];
    return words ? html`<p class="error field-error" id=${`${name}-problem`}>${words}</p>` : nothing;
  }

  /**
   * The message, announced to screen readers as it appears; nothing when there is none. On an
   * English screen, a refusal the app could say only in general words offers the server's own
   * detail under "Details"; a Khmer screen never shows the server's English.
   */
  message() {
    if (!this.error) return nothing;
    const detail = this.detail && currentLanguage() === 'en' ? html`<details class="problem-detail">
      <summary>${t('problem.general.details')}</summary><p lang="en">${this.detail}</p></details>` : nothing;
    return html`<p class="error" role="alert">${this.error}</p>${detail}`;
  }
}

/** The HTTP status of a refusal from the server, or 0 when the server was not reached. */
export function refusalStatus(refusal: unknown): number {
  return refusal instanceof ApiError ? refusal.status : 0;
}
