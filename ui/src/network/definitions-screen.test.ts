import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, problem, settle, type Screen } from './test-support';
import './tenant-definitions';

const YAML = 'network:\n  slug: apnsw\n  blueprint: regional-network\n';
const paste = async (screen: Screen, text: string) => {
  await settle(screen);
  inside<HTMLTextAreaElement>(screen, '#pasted').value = text;
  inside<HTMLFormElement>(screen, 'form').requestSubmit();
  await settle(screen);
};

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('tenant definitions', () => {
  it('checks first, then applies exactly what was checked', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      const dryRun = JSON.parse(String(init!.body)).dryRun;
      return answer({ applied: !dryRun, changes: ['create network apnsw under platform (APNSW)'], notes: [] });
    });
    const screen = place('tenant-definitions', { ctx: ctx('platform', ['tenant:define'], 'platform') });
    await paste(screen, YAML);
    expect(JSON.parse(String(fetch.mock.calls[0][1]!.body))).toEqual({ dryRun: true, files: [{ name: 'pasted.yaml', text: YAML }] });
    expect(inside(screen, '#result').textContent).toBe('What would change');
    expect(inside(screen, '.changes li').textContent).toContain('create network apnsw');
    inside<HTMLButtonElement>(screen, '#apply').click();
    await settle(screen);
    expect(JSON.parse(String(fetch.mock.calls[1][1]!.body)).dryRun).toBe(false);
    expect(inside(screen, '#result').textContent).toBe('Applied. Changes made: 1.');
    expect(inside(screen, '#apply')).toBeNull();
  });

  it('will not apply files changed since the check', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ applied: false, changes: ['x'], notes: [] }));
    const screen = place('tenant-definitions', { ctx: ctx('platform', ['tenant:define'], 'platform') });
    await paste(screen, YAML);
    inside<HTMLTextAreaElement>(screen, '#pasted').value = YAML + '  code: AP\n';
    inside<HTMLButtonElement>(screen, '#apply').click();
    await settle(screen);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(inside(screen, 'form [role=alert]').textContent).toContain('Check again');
  });

  it('shows a refusal’s problems with file, line and field', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(400,
      "Nothing was changed.\npasted.yaml:2: network: unknown field 'colour'; expected one of blueprint, names, slug"));
    const screen = place('tenant-definitions', { ctx: ctx('platform', ['tenant:define'], 'platform') });
    await paste(screen, YAML);
    const cells = [...screen.shadowRoot!.querySelectorAll('#problems tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['pasted.yaml', '2', 'network', "unknown field 'colour'; expected one of blueprint, names, slug"]);
    expect(inside(screen, 'form [role=alert]').textContent).toBe('Refused. Nothing was changed.');
  });

  it('asks for a file before sending anything', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const screen = place('tenant-definitions', { ctx: ctx('platform', ['tenant:define'], 'platform') });
    await paste(screen, '  ');
    expect(fetch).not.toHaveBeenCalled();
    expect(inside(screen, '[role=alert]').textContent).toBe('Choose a file or paste one.');
  });
});
