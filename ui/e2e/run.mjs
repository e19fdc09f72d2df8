// End-to-end tests: headless Debian Chromium (playwright-core) against the real distribution.
// Usage: node e2e/run.mjs [distribution dir]; CHROMIUM overrides /usr/bin/chromium; E2E_ONLY=word runs the
// tests whose name holds the word (word|other: either); E2E_MEASURE=0 skips the Slow-3G figures.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { dumpOpenPages, policyViolations, watchRefusals } from './diagnose.mjs';
import { OPERATOR, makeFixture } from './fixture.mjs';
import { measureSlow3g } from './measure.mjs';
import { startServer } from './server.mjs';
import * as khmer from './tests/khmer-rendering.mjs';
import * as quickExit from './tests/quick-exit.mjs';
import * as modules from './tests/modules-menu.mjs';
import * as join_ from './tests/join-approve-login.mjs';
import * as register from './tests/register-reveal.mjs';
import * as standing from './tests/member-standing.mjs';
import * as memberPage from './tests/member-page.mjs';
import * as shell from './tests/shell-cache.mjs';
import * as element from './tests/module-element.mjs';
import * as education from './tests/education-attendance.mjs';
import * as educationScreens from './tests/education-screens.mjs';
import * as legalAidCase from './tests/legal-aid-case.mjs';
import * as legalAidReferral from './tests/legal-aid-referral.mjs';
import * as legalAidViolation from './tests/legal-aid-violation.mjs';
import * as legalAidDetention from './tests/legal-aid-detention.mjs';
import * as healthReferral from './tests/health-referral.mjs';
import * as accessibility from './tests/accessibility.mjs';
import * as chapterDay from './tests/chapter-day.mjs';
import * as network from './tests/network-onboarding.mjs';
import * as offline from './tests/offline-form.mjs';
import * as duesLists from './tests/dues-lists-export.mjs';
import * as teamLeaderDues from './tests/team-leader-dues.mjs';
import * as organisingVisit from './tests/organising-visit.mjs';
import * as governanceVote from './tests/governance-vote.mjs';
import * as governancePaper from './tests/governance-paper.mjs';
import * as treasurerDay from './tests/treasurer-day.mjs';

const ALL = [khmer, modules, element, education, educationScreens, legalAidCase, legalAidReferral, legalAidViolation, legalAidDetention, healthReferral, chapterDay, join_, register, standing, memberPage, shell, network, offline, accessibility, quickExit, teamLeaderDues, organisingVisit, governanceVote, governancePaper, treasurerDay,
  // last: its 55 members owing dues push the fixture's first member off the register's first page
  duesLists];
const TESTS = ALL.filter((test) => !process.env.E2E_ONLY || process.env.E2E_ONLY.split('|').some((word) => test.name.includes(word)));
const distribution = resolve(process.argv[2] ?? '../deploy/target/sahakum');
const workDir = resolve('target/e2e');
const adminPassword = OPERATOR.password;
mkdirSync(workDir, { recursive: true });
// what an earlier run's failures left is gone, so that what is there belongs to this run
for (const file of readdirSync(workDir)) if (file.startsWith('failure-')) rmSync(join(workDir, file));

const server = await startServer({ distribution, workDir, adminPassword });
console.log(`e2e: server ready in ${server.seconds.toFixed(0)} s at ${server.base}`);
let passed = 0;
let failed = 0;
let browser;
try {
  await makeFixture(server.base, adminPassword);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  watchRefusals(browser);
  for (const test of TESTS) {
    const started = Date.now();
    const context = { browser, base: server.base, workDir };
    try {
      await test.run(context);
      passed++;
      console.log(`  ✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${test.name}: ${e.message.split('\n')[0]}`);
      const label = `failure-${TESTS.indexOf(test)}`;
      writeFileSync(join(workDir, `${label}.txt`), String(e.stack ?? e));
      const pages = await dumpOpenPages(browser, workDir, label);
      if (pages.length) console.log(`    see ${pages.map((p) => p + '.png/.html').join(', ')}`);
    }
  }
  if (policyViolations.length) {
    failed++;
    console.log(`  ✗ the Content-Security-Policy blocked ${policyViolations.length} thing(s), first: ${policyViolations[0]}`);
  }
  if (process.env.E2E_MEASURE !== '0') await measureSlow3g(browser, server.base);
} finally {
  await browser?.close();
  await server.stop();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
