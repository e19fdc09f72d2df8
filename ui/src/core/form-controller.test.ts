import { render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api';
import { FormController, refusalStatus, type Submitted } from './form-controller';
import { setLanguage, t } from '../i18n/locale';

const host = () => ({ addController: vi.fn(), removeController: vi.fn(), requestUpdate: vi.fn(),
  updateComplete: Promise.resolve(true) });

describe('the form controller', () => {
  it('hands over the form as submitted, without reloading the page', () => {
    const form = new FormController(host());
    const element = document.createElement('form');
    element.innerHTML = '<input name="reason" value="a reason">';
    document.body.append(element);
    let got: Submitted | undefined;
    element.addEventListener('submit', form.onSubmit((s) => (got = s)));
    const event = new Event('submit', { cancelable: true }) as SubmitEvent;
    element.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(got!.form).toBe(element);
    expect(got!.data.get('reason')).toBe('a reason');
    element.remove();
  });

  it('is busy while its call runs, and shows the message a refusal gets', async () => {
    const h = host();
    const form = new FormController(h);
    expect(h.addController).toHaveBeenCalledWith(form);
    let finish!: (e: unknown) => void;
    const running = form.run(() => new Promise((_, fail) => (finish = fail)),
      (e) => (refusalStatus(e) === 403 ? 'forbidden' : 'other'));
    expect(form.busy).toBe(true);
    finish(new ApiError(403, ''));
    await running;
    expect(form.busy).toBe(false);
    expect(form.error).toBe('forbidden');
    expect(h.requestUpdate).toHaveBeenCalled();
  });

  it('shows its message as an alert, keeps it through a call that succeeds, and hides it when told', async () => {
    const form = new FormController(host());
    const shown = document.createElement('div');
    form.fail('Fill this in.');
    render(form.message(), shown);
    expect(shown.querySelector('p.error[role=alert]')!.textContent).toBe('Fill this in.');
    await form.run(async () => undefined, () => 'refused');
    expect(form.error).toBe('Fill this in.');
    form.fail('');
    render(form.message(), shown);
    expect(shown.querySelector('p')).toBeNull();
  });

  it('offers the server\'s detail of a refusal it says in general words under "Details" in English, never in Khmer', async () => {
    const refused = () => Promise.reject(new ApiError(409, 'The plan is closed.', '', 0, 'plan-closed'));
    for (const language of ['km', 'en'] as const) {
      setLanguage(language);
      const form = new FormController(host());
      await form.run(refused);
      const shown = document.createElement('div');
      render(form.message(), shown);
      expect(shown.querySelector('p.error')!.textContent).toBe(t('problem.general.conflict'));
      const details = shown.querySelector('details');
      if (language === 'km') {
        expect(details).toBeNull();
        expect(shown.textContent).not.toContain('The plan is closed.');
      } else {
        expect(details!.querySelector('summary')!.textContent).toBe('Details from the server');
        expect(details!.querySelector('p[lang=en]')!.textContent).toBe('The plan is closed.');
      }
    }
    const known = new FormController(host());
    await known.run(() => Promise.reject(new ApiError(422, 'memberCode: not enrolled.', '', 0, 'not-enrolled', 'memberCode')));
    const shown = document.createElement('div');
    render(known.message(), shown);
    expect(shown.querySelector('details')).toBeNull();
  });

  it('tells a refusal from the server from no answer at all', () => {
    expect(refusalStatus(new ApiError(429, ''))).toBe(429);
    expect(refusalStatus(new TypeError('Failed to fetch'))).toBe(0);
  });
});
