import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { elementContext } from './element-context';
import { definePluginElement } from './plugin-element-support';

// The paper-box screen the governance plugin ships: a refusal reads in its own words (the same
// official, counts that differ), and "check the connection" only when no answer came at all.
const tag = 'governance-paper-test';
const vote = {
  id: 12, kind: 'motion', titleKm: 'សំណើ', titleEn: 'A motion', state: 'open', choices: [
    { id: 1, answer: 'yes', accepted: true }, { id: 2, answer: 'no', accepted: true }, { id: 3, answer: 'abstain', accepted: true }],
};
const waiting = { id: 5, ballots: 2, enteredAt: '2026-12-03T02:00:00Z', confirmed: false };
const answer = (body: unknown, status = 200, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, code: string, detail: string) =>
  answer({ status, code, detail }, status, 'application/problem+json');

type Paper = HTMLElement & { context: unknown };
async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
}

/** The screen with the server answering the vote, its boxes, and then `then` for the change sent. */
async function shown(then: () => Promise<Response>): Promise<{ paper: Paper; sent: [string, RequestInit][] }> {
  const sent: [string, RequestInit][] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    sent.push([url, init ?? {}]);
    if (init?.method === 'GET' && url.endsWith('/paper-boxes')) return answer([waiting]);
    if (init?.method === 'GET') return answer(vote);
    return then();
  });
  const paper = document.createElement(tag) as Paper;
  document.body.append(paper);
  paper.context = elementContext('wnu', 'governance', '12');
  await settle();
  return { paper, sent };
}

function fill(form: HTMLFormElement, votes: number[]): void {
  vote.choices.forEach((c, i) => { (form.elements.namedItem(`votes-${c.id}`) as HTMLInputElement).value = String(votes[i]); });
}

beforeAll(() => definePluginElement('governance', 'paper.js', tag));
beforeEach(() => {
  setLanguage('km');
  startSession({ token: 'paper-token', tenant: 'wnu', accountId: 1, expiresAt: '2999-01-01T00:00:00Z' }, false);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the paper-box screen', () => {
  it('enters a box with the sign-in sheet\'s codes and every choice\'s count', async () => {
    const { paper, sent } = await shown(async () => answer({ ...waiting, id: 6 }, 201));
    const form = paper.querySelector('#paper-enter') as HTMLFormElement;
    (form.elements.namedItem('codes') as HTMLTextAreaElement).value = 'WNU-0001\nWNU-0002, WNU-0003 ';
    fill(form, [2, 1, 0]);
    form.requestSubmit();
    await settle();
    const post = sent.find(([, init]) => init.method === 'POST')!;
    expect(post[0]).toBe('/api/t/wnu/governance/elections/12/paper-boxes');
    expect(JSON.parse(String(post[1].body))).toEqual({ memberCodes: ['WNU-0001', 'WNU-0002', 'WNU-0003'],
      counts: [{ choiceId: 1, votes: 2 }, { choiceId: 2, votes: 1 }, { choiceId: 3, votes: 0 }] });
    expect(paper.querySelector('#paper-notice')!.textContent).toContain('មន្ត្រីម្នាក់ទៀត');
    expect(paper.querySelector('#paper-error')).toBeNull();
  });

  it('says in words that another official must confirm, not that the connection failed', async () => {
    const { paper } = await shown(async () => problem(409, 'same-official', 'Another official must confirm the counts you entered.'));
    const form = paper.querySelector('form.confirm') as HTMLFormElement;
    fill(form, [1, 1, 0]);
    form.requestSubmit();
    await settle();
    const error = paper.querySelector('#paper-error')!.textContent!;
    expect(error).toContain('អ្នកបានបញ្ចូលប្រអប់នេះដោយខ្លួនឯង');
    expect(error).not.toContain('ការតភ្ជាប់');
    expect(paper.querySelector('#paper-boxes')!.textContent).toContain('រង់ចាំ');
  });

  it('says when counts differ, shows an unknown refusal\'s detail, and the connection only without an answer', async () => {
    setLanguage('en');
    let next: () => Promise<Response> = async () => problem(409, 'counts-differ', 'The counts differ.');
    const { paper } = await shown(() => next());
    const confirm = async () => {
      const form = paper.querySelector('form.confirm') as HTMLFormElement;
      fill(form, [2, 0, 0]);
      form.requestSubmit();
      await settle();
      return paper.querySelector('#paper-error')!.textContent!;
    };
    expect(await confirm()).toContain('differ from those entered');
    next = async () => problem(422, 'something-new', 'A rule this screen does not know.');
    expect(await confirm()).toContain('A rule this screen does not know.');
    next = async () => { throw new TypeError('Failed to fetch'); };
    expect(await confirm()).toContain('could not be reached');
  });

  it('asks for a code before sending a box with none', async () => {
    setLanguage('en');
    const { paper, sent } = await shown(async () => answer({}, 201));
    const form = paper.querySelector('#paper-enter') as HTMLFormElement;
    fill(form, [0, 0, 0]);
    form.requestSubmit();
    await settle();
    expect(sent.some(([, init]) => init.method === 'POST')).toBe(false);
    expect(paper.querySelector('#paper-error')!.textContent).toContain('at least one member code');
  });
});
