// A member votes on a phone: the ballot says in Khmer that the vote is secret, fits 360 px and
// passes axe; after voting the screen says the vote was counted and shows no count; the result
// appears only once the closing time has passed (the server refuses it before, to everyone).
import { audit, settled } from '../axe.mjs';
import { ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'governance vote: a member votes on a phone; the result only after closing';

const PASSWORD = 'a long member password';

async function member(base, token, username, workingName) {
  const invite = await call(base, 'POST', `/api/t/${ORG}/invites`, {}, token);
  const consent = await call(base, 'GET', '/api/consent');
  const registered = await call(base, 'POST', `/api/t/${ORG}/registrations`, { inviteCode: invite.body.code, workingName,
    username, password: PASSWORD, consentVersion: consent.body.version });
  check(registered.status === 201, `registration answered ${registered.status}`);
  const pending = await call(base, 'GET', `/api/t/${ORG}/registrations?status=pending`, undefined, token);
  const mine = pending.body.find((m) => m.workingName === workingName);
  const approved = await call(base, 'POST', `/api/t/${ORG}/registrations/${mine.id}/approve`, {}, token);
  check(approved.status === 200, `approval answered ${approved.status}`);
  const found = await call(base, 'GET', `/api/t/${ORG}/members/${mine.id}`, undefined, token);
  return { code: found.body.memberCode, token: await login(base, ORG, username, PASSWORD) };
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/governance`, { enabled: true }, token);
  check(on.status === 200, `switching governance on answered ${on.status}`);
  const candidate = await member(base, token, 'govcandidate', 'Chanthou');
  await member(base, token, 'govvoter', 'Sreymom');
  const closesAt = new Date(Date.now() + 60_000);
  const made = await call(base, 'POST', `/api/t/${ORG}/governance/elections`, { kind: 'election',
    titleKm: 'ការបោះឆ្នោតគណៈកម្មាធិការ', titleEn: 'Committee election', seats: 1,
    opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: closesAt.toISOString() }, token);
  check(made.status === 201, `a new election answered ${made.status}: ${JSON.stringify(made.body)}`);
  const id = made.body.id;
  const nominated = await call(base, 'POST', `/api/t/${ORG}/governance/elections/${id}/candidates`,
    { memberCode: candidate.code, statementKm: 'ខ្ញុំនឹងការពារសិទ្ធិសមាជិក', statementEn: 'I will defend members\' rights' }, token);
  check(nominated.status === 201, `the nomination answered ${nominated.status}`);
  await call(base, 'POST', `/api/t/${ORG}/governance/my-nominations/${nominated.body.id}/accept`, {}, candidate.token);
  const opened = await call(base, 'POST', `/api/t/${ORG}/governance/elections/${id}/open`, {}, token);
  check(opened.status === 200, `opening answered ${opened.status}: ${JSON.stringify(opened.body)}`);

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await loginThroughUi(page, base, ORG, { username: 'govvoter', password: PASSWORD });
  await page.click('home-screen a[data-menu=governance-my-ballots]');
  const ballot = page.locator('governance-ballot');
  await untilText(ballot.locator('#ballot-secret'), (t) => t.includes('សម្ងាត់'), 'the ballot does not say in Khmer that the vote is secret');
  await untilText(ballot.locator('legend'), (t) => t.includes('ការបោះឆ្នោតគណៈកម្មាធិការ'), 'the ballot does not show the election in Khmer');
  await settled(page, 'governance-ballot button[type=submit]');
  const violations = await audit(page);
  check(violations.length === 0, `axe on the ballot (km): ${JSON.stringify(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 360, `the ballot is ${width} px wide at 360 px`);

  await ballot.locator('label.choice', { hasText: 'Chanthou' }).locator('input').check();
  await ballot.locator('button[type=submit]').click();
  await untilText(ballot.locator('#ballot-counted'), (t) => t.includes('រាប់'), 'the screen does not say the vote was counted');
  await ballot.locator('#no-ballots').waitFor();
  const early = await call(base, 'GET', `/api/t/${ORG}/governance/elections/${id}/result`, undefined, token);
  check(early.status === 409, `the result before closing answered ${early.status}, not 409`);
  check(await ballot.locator('.result').count() === 0, 'a result shows before closing');

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt.getTime() - Date.now() + 1_000)));
  await go(page, base, `/t/${ORG}`);
  await page.click('home-screen a[data-menu=governance-my-ballots]');
  const result = page.locator('governance-ballot .result');
  await until(() => result.count(), (n) => n === 1, 'the result does not appear after closing', 15_000);
  await untilText(result, (t) => t.includes('Chanthou') && t.includes('ជាប់ឆ្នោត'), 'the result does not show who is elected');
  const after = await audit(page);
  check(after.length === 0, `axe on the result (km): ${JSON.stringify(after)}`);
  await phone.close();
}
