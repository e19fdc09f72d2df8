import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { ctx, inside, place, problem, settle } from '../network/test-support';
import './invites-panel';

const LOCKED = 'The chapter wnu-sen-sok is locked down: invites cannot be made or listed there until the lockdown is lifted.';

beforeEach(() => {
  endSession();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('invites at a locked-down chapter', () => {
  it('say why nothing is listed or made, in Khmer and in English', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => problem(423, LOCKED));
    for (const [language, words] of [['km', 'សាខានេះត្រូវបានបិទជាបន្ទាន់'], ['en', 'This chapter is locked down']]) {
      setLanguage(language as 'km' | 'en');
      const panel = place('invites-panel', { ctx: ctx('chapter', ['invite:manage'], 'wnu-sen-sok') });
      await settle(panel);
      expect(inside(panel, '[role="alert"]').textContent).toContain(words);
      inside<HTMLFormElement>(panel, 'form').requestSubmit();
      await settle(panel);
      expect(inside(panel, '[role="alert"]').textContent).toContain(words);
      panel.remove();
    }
  });
});
