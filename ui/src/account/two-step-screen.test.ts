import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, problem, settle, type Screen } from '../network/test-support';
import './two-step-screen';

const ENROLMENT = { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', uri: 'otpauth://totp/Sahakum:neth?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' };
const CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-ij${i}m`);

const submit = async (screen: Screen, selector: string, submitter?: string) => {
  const form = inside<HTMLFormElement>(screen, selector);
  form.requestSubmit(submitter ? form.querySelector<HTMLButtonElement>(submitter) : undefined);
  await settle(screen);
};
const body = (fetch: ReturnType<typeof vi.spyOn>, call: number) =>
  JSON.parse(String((fetch.mock.calls[call][1] as RequestInit).body)) as Record<string, unknown>;
const url = (fetch: ReturnType<typeof vi.spyOn>, call: number) => String(fetch.mock.calls[call][0]);

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the two-step login screen', () => {
  it('sets up the app with a QR code, and shows the recovery codes once', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(answer({ enrolled: false, required: true, recoveryCodesLeft: 0 }))
      .mockResolvedValueOnce(answer(ENROLMENT))
      .mockResolvedValueOnce(problem(400, 'The code is not right'))
      .mockResolvedValueOnce(answer({ recoveryCodes: CODES }))
      .mockResolvedValueOnce(answer({ enrolled: true, required: true, recoveryCodesLeft: 10 }));
    const screen = place('two-step-screen', { ctx: ctx('chapter', ['tenant:read'], 'wnu-kampot') });
    await settle(screen);
    expect(inside(screen, '#required').textContent).toContain('requires two-step login');

    inside<HTMLButtonElement>(screen, '#start').click();
    await settle(screen);
    expect(url(fetch, 1)).toBe('/api/auth/two-step/enrolment');
    expect(inside(screen, 'invite-qr')).not.toBeNull();
    expect((inside(screen, 'invite-qr') as HTMLElement & { url: string }).url).toBe(ENROLMENT.uri);
    expect(inside(screen, '#secret').textContent).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');

    inside<HTMLInputElement>(screen, '#enrol-code').value = '000000';
    await submit(screen, '#confirm');
    expect(inside(screen, '[role=alert]').textContent).toContain('not right');

    inside<HTMLInputElement>(screen, '#enrol-code').value = '287 082';
    await submit(screen, '#confirm');
    expect(body(fetch, 3)).toEqual({ code: '287082' });
    expect(inside(screen, '#codes').querySelectorAll('li')).toHaveLength(10);

    inside<HTMLButtonElement>(screen, '#kept').click();
    await settle(screen);
    expect(inside(screen, '#codes')).toBeNull();
    expect(inside(screen, '#on').textContent).toContain('Recovery codes left: 10');
    expect(screen.shadowRoot!.textContent).not.toContain(CODES[0]);
  });

  it('turns two-step login off with the password and a code, and says when they are wrong', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(answer({ enrolled: true, required: false, recoveryCodesLeft: 9 }))
      .mockResolvedValueOnce(problem(403, 'wrong'))
      .mockResolvedValueOnce(answer({ enrolled: false, required: false, recoveryCodesLeft: 0 }))
      .mockResolvedValueOnce(answer({ enrolled: false, required: false, recoveryCodesLeft: 0 }));
    const screen = place('two-step-screen', { ctx: ctx('chapter', ['tenant:read'], 'wnu-kampot') });
    await settle(screen);
    inside<HTMLInputElement>(screen, '#password').value = 'a long enough secret';
    inside<HTMLInputElement>(screen, '#change-code').value = '111111';
    await submit(screen, '#change', 'button[value=off]');
    expect(url(fetch, 1)).toBe('/api/auth/two-step/disable');
    expect(inside(screen, '[role=alert]').textContent).toContain('password or the code is not right');

    inside<HTMLInputElement>(screen, '#password').value = 'a long enough secret';
    inside<HTMLInputElement>(screen, '#change-code').value = '222222';
    await submit(screen, '#change', 'button[value=off]');
    expect(body(fetch, 2)).toEqual({ password: 'a long enough secret', code: '222222' });
    expect(inside(screen, '[role=status]').textContent).toContain('off');
    expect(inside(screen, '#start')).not.toBeNull();
  });

  it('lets an organisation’s admin require it, and shows the choice only to them', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(answer({ enrolled: true, required: false, recoveryCodesLeft: 10 }))
      .mockResolvedValueOnce(answer({ required: false }))
      .mockResolvedValueOnce(answer({ required: true }));
    const screen = place('two-step-screen', { ctx: ctx('organisation', ['tenant:manage'], 'wnu') });
    await settle(screen);
    const box = inside<HTMLInputElement>(screen, '#require');
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settle(screen);
    expect(url(fetch, 2)).toBe('/api/t/wnu/two-step-requirement');
    expect(body(fetch, 2)).toEqual({ required: true });
    expect(inside<HTMLInputElement>(screen, '#require').checked).toBe(true);

    document.body.replaceChildren();
    fetch.mockResolvedValueOnce(answer({ enrolled: true, required: false, recoveryCodesLeft: 10 }));
    const chapter = place('two-step-screen', { ctx: ctx('organisation', ['tenant:read'], 'wnu') });
    await settle(chapter);
    expect(inside(chapter, '#require')).toBeNull();
  });
});
