import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, problem, settle } from '../network/test-support';
import './team-leaders-screen';

const PICTURE = {
  chapters: [
    { slug: 'wnu-kampot', names: { km: 'ខេត្តកំពត', en: 'Kampot' }, status: 'active', teamLeaders: ['bopha', 'srey'] },
    { slug: 'wnu-sen-sok', names: { km: 'ខណ្ឌសែនសុខ', en: 'Sen Sok' }, status: 'active', teamLeaders: [] },
    { slug: 'wnu-kandal', names: { km: 'ខេត្តកណ្ដាល', en: 'Kandal' }, status: 'suspended', teamLeaders: [] },
  ],
  withoutTeamLeader: ['wnu-sen-sok', 'wnu-kandal'],
};

describe('the team leaders screen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    setLanguage('km');
  });

  it('names the chapters nobody leads first, then who leads each chapter, in Khmer', async () => {
    setLanguage('km');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(PICTURE));
    const screen = place('team-leaders-screen', { ctx: ctx('organisation', ['team-leader:read'], 'wnu') });
    await settle(screen);
    expect(String(fetch.mock.calls[0][0])).toBe('/api/t/wnu/team-leaders');
    expect(inside(screen, 'h1').textContent).toBe('ប្រធានក្រុមតាមសាខា');
    const gaps = [...screen.shadowRoot!.querySelectorAll('.gaps li')].map((li) => li.textContent!.trim());
    expect(gaps).toEqual(['ខណ្ឌសែនសុខ', 'ខេត្តកណ្ដាល (បានផ្អាក)']);
    expect(inside(screen, '#gaps').textContent).toBe('សាខាដែលគ្មានប្រធានក្រុម (2)');
    const kampot = inside(screen, 'section:last-of-type li[data-chapter=wnu-kampot]');
    expect([...kampot.querySelectorAll('.leaders li')].map((li) => li.textContent)).toEqual(['bopha', 'srey']);
    expect(inside(screen, 'section:last-of-type li[data-chapter=wnu-sen-sok]').textContent).toContain('មិនទាន់មាននរណាម្នាក់');
  });

  it('says in English when every chapter has a team leader', async () => {
    setLanguage('en');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ chapters: [PICTURE.chapters[0]], withoutTeamLeader: [] }));
    const screen = place('team-leaders-screen', { ctx: ctx('organisation', ['team-leader:read'], 'wnu') });
    await settle(screen);
    expect(inside(screen, '#gaps').textContent).toBe('Chapters without a team leader (0)');
    expect(screen.shadowRoot!.textContent).toContain('Every chapter has a team leader.');
  });

  it('says so when the caller may not see it', async () => {
    setLanguage('en');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(403, 'This needs the permission team-leader:read here.'));
    const screen = place('team-leaders-screen', { ctx: ctx('organisation', [], 'wnu') });
    await settle(screen);
    expect(inside(screen, '[role=alert]').textContent).toBe(en['error.forbidden']);
    expect(inside(screen, '.gaps')).toBeNull();
  });
});
