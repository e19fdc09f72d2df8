// An organiser's invite → a person registers on their own phone (360 px, in Khmer), the join screen
// naming her chapter → she keeps the group on the phone → the organiser approves → she logs in
// knowing only her username and password.
import { CHAPTER } from '../fixture.mjs';
import { audit } from '../axe.mjs';
import { check, loginThroughUi, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'invite → register → approve → log in as the member with only her name and password';

const NEW_MEMBER = { workingName: 'ស្រីមុំ', username: 'sreymom', password: 'a-long-secret-10' };

export async function run({ browser, base }) {
  const admin = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const desk = await admin.newPage();
  await loginThroughUi(desk, base);
  // to the chapter through the tenant tree, then its invites
  await desk.click('home-screen a[data-menu=tenants]');
  await desk.click(`tenant-tree a[href="#/t/${CHAPTER}"]`);
  await desk.click('home-screen a[data-menu=admin]');
  await desk.click('admin-console a[href$="/admin/invites"]');
  await desk.click('invites-panel form button[type=submit]');
  const link = await desk.locator('#invite-link').getAttribute('href');
  check(link.includes(`#/join/${CHAPTER}/`), `unexpected invite link ${link}`);
  await desk.locator('invite-qr svg rect').nth(5).waitFor();

  const phone = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const mine = await phone.newPage();
  await mine.goto(link);
  await mine.waitForSelector('join-screen #consent-text');
  await untilText(mine.locator('join-screen h1'), (t) => t.includes('សាខាសាកល្បង'), 'the join screen does not name the chapter');
  await mine.waitForFunction(() => !document.querySelector('sahakum-app').shadowRoot.querySelector('join-screen')
    .shadowRoot.querySelector('button[type=submit]').disabled);
  await mine.fill('#workingName', NEW_MEMBER.workingName);
  await mine.fill('join-screen #username', NEW_MEMBER.username);
  await mine.fill('join-screen #password', NEW_MEMBER.password);
  await mine.click('join-screen button[type=submit]');
  await untilText(mine.locator('join-screen .error'), (t) => t.length > 0, 'sent without consent');
  await mine.check('join-screen input[name=agree]');
  await mine.click('join-screen button[type=submit]');
  await mine.waitForSelector('join-screen .done');
  // the thank-you screen says what the phone would keep, and keeps it only when she asks
  await untilText(mine.locator('join-screen #keep-hint'), (t) => t.includes(CHAPTER), 'the offer does not say what is kept');
  await noViolations(mine, 'the thank-you screen');
  await mine.click('join-screen #keep-group');
  await mine.locator('join-screen #group-kept').waitFor();
  const kept = await mine.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  check(kept.loginGroup === CHAPTER, `the phone keeps the group as ${kept.loginGroup}`);
  const keptText = JSON.stringify(kept) + await mine.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  check(![NEW_MEMBER.username, NEW_MEMBER.workingName, NEW_MEMBER.password].some((v) => keptText.includes(v)),
    `the phone keeps something of her: ${keptText}`);

  await desk.click('app-header nav a.button');
  await desk.click('home-screen a[data-menu=approvals]');
  const row = desk.locator('approval-queue li', { hasText: NEW_MEMBER.workingName });
  await row.locator('button').first().click();
  await desk.locator('approval-queue [role=status]', { hasText: NEW_MEMBER.workingName }).waitFor();
  await untilCount(row, 0, 'the approved registration is still queued');

  // days later she opens the app: the login asks only for her username and password
  await mine.goto(`${base}/#/login`);
  await untilText(mine.locator('login-screen #group-known'), (t) => t.includes(CHAPTER), 'the login does not know her group');
  check(await mine.locator('login-screen #tenant').count() === 0, 'the login still asks for the group');
  await untilText(mine.locator('login-screen #group-kept'), (t) => t.includes(CHAPTER), 'the login does not say what is kept');
  await noViolations(mine, 'the login with a remembered group');
  await mine.fill('login-screen #username', NEW_MEMBER.username);
  await mine.fill('login-screen #password', NEW_MEMBER.password);
  await mine.click('login-screen button[type=submit]');
  await mine.waitForSelector('home-screen h1');
  await untilText(mine.locator('home-screen h1'), (t) => t.includes('សាខាសាកល្បង'), 'the member is not at her chapter');
  // her menu is drawn once her permissions have answered: wait for it before looking for what it must not hold
  await mine.locator('home-screen #menu, home-screen #nothing-to-open').first().waitFor();
  check(await mine.locator('home-screen a[data-menu=members]').count() === 0, 'a member is offered the register');
  await phone.close();
  await admin.close();
}

async function noViolations(page, screen) {
  const violations = await audit(page);
  check(violations.length === 0, `${screen}: ${JSON.stringify(violations)}`);
}
