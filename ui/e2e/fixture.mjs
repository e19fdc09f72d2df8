// The data each run starts from, made through the server's own API as the platform operator:
// an organisation with its first admin, who makes a chapter and adds one member (so that no test
// needs another test's member). Everything else the tests do through the UI.
export const ORG = 'e2e-org';
export const CHAPTER = 'e2e-ch';
export const FIRST_MEMBER = 'Sophea';
export const ORG_ADMIN = { username: 'orgadmin', password: 'org-admin-password-1' };
/** The platform operator; run.mjs starts the server with this password. */
export const OPERATOR = { username: 'admin', password: 'e2e-platform-password' };

export async function call(base, method, path, body, token) {
  const answer = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  return { status: answer.status, body: text ? JSON.parse(text) : null };
}

export async function login(base, tenant, username, password) {
  const answer = await call(base, 'POST', '/api/auth/login', { tenant, username, password });
  if (answer.status !== 200) throw new Error(`login as ${username}@${tenant} answered ${answer.status}`);
  return answer.body.token;
}

export async function makeFixture(base, adminPassword) {
  const operator = await login(base, 'platform', 'admin', adminPassword);
  const expect = async (what, promise) => {
    const answer = await promise;
    if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  };
  await expect('create organisation', call(base, 'POST', '/api/tenants',
    { slug: ORG, type: 'organisation', parent: 'platform', names: { km: 'អង្គការសាកល្បង', en: 'Test organisation' } }, operator));
  await expect('create org admin', call(base, 'POST', `/api/t/${ORG}/accounts`,
    { ...ORG_ADMIN, roles: ['admin'] }, operator));
  // the organisation is a wall: its chapters are made by its own admin, not the operator
  const orgAdmin = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  await expect('create chapter', call(base, 'POST', '/api/tenants',
    { slug: CHAPTER, type: 'chapter', parent: ORG, names: { km: 'សាខាសាកល្បង', en: 'Test chapter' } }, orgAdmin));
  await expect('add a member', call(base, 'POST', `/api/t/${ORG}/members`, { workingName: FIRST_MEMBER }, orgAdmin));
}

/**
 * Puts the first member on a monthly riel dues plan from January 2025 (union dues must be on);
 * a second call finds the member enrolled already. Returns the member's code.
 */
export async function enrolFirstMember(base, token) {
  const members = await call(base, 'POST', `/api/t/${ORG}/members/search`, { q: FIRST_MEMBER }, token);
  if (members.status !== 200 || members.body.length !== 1) throw new Error(`the first member: ${members.status}`);
  const memberCode = members.body[0].memberCode;
  const plan = await call(base, 'POST', `/api/t/${ORG}/union-dues/plans`, { nameKm: 'វិភាគទានប្រចាំខែ',
    nameEn: 'Monthly dues', currency: 'KHR', amountMinor: 200000, period: 'MONTHLY', startsOn: '2025-01-01',
    gracePeriods: 0 }, token);
  if (plan.status !== 201) throw new Error(`a dues plan answered ${plan.status}: ${JSON.stringify(plan.body)}`);
  const enrolled = await call(base, 'POST', `/api/t/${ORG}/union-dues/enrolments`,
    { memberCode, planId: plan.body.id, startsOn: '2025-01-01' }, token);
  if (enrolled.status !== 201 && enrolled.status !== 409) {
    throw new Error(`enrolling answered ${enrolled.status}: ${JSON.stringify(enrolled.body)}`);
  }
  return memberCode;
}
