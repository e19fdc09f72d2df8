// Network data made through the API, for tests that need it ready (the onboarding test makes its
// own through the page): admins by one-time invite, chapters with members in given numbers.
import { call, login } from './fixture.mjs';

async function ok(what, promise) {
  const answer = await promise;
  if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Makes a tenant under `parent` with `token`. */
export function makeTenant(base, token, slug, type, parent, names) {
  return ok(`create ${type} ${slug}`, call(base, 'POST', '/api/tenants', { slug, type, parent, names }, token));
}

/** Issues an admin invite for `tenant` with `token`, accepts it as `user` would, and logs in: their token. */
export async function inviteAdmin(base, token, tenant, user) {
  const invite = await ok(`admin invite for ${tenant}`, call(base, 'POST', `/api/t/${tenant}/admin-invites`, undefined, token));
  await ok(`accept the invite for ${tenant}`, call(base, 'POST', `/api/t/${tenant}/admin-invites/accept`,
    { code: invite.code, username: user.username, password: user.password }));
  return login(base, tenant, user.username, user.password);
}

/** Issues an admin invite and answers its code, unused. */
export async function adminInviteCode(base, token, tenant) {
  return (await ok(`admin invite for ${tenant}`, call(base, 'POST', `/api/t/${tenant}/admin-invites`, undefined, token))).code;
}

/** Makes a chapter per entry of `counts` ({slug: members}) under `org`, with that many active members. */
export async function chaptersWithMembers(base, token, org, counts) {
  for (const [slug, members] of Object.entries(counts)) {
    await makeTenant(base, token, slug, 'chapter', org, { km: `សាខា ${slug}`, en: `Chapter ${slug}` });
    for (let i = 1; i <= members; i++) {
      await ok('add a member', call(base, 'POST', `/api/t/${org}/members`, { workingName: `${slug} ${i}`, chapter: slug }, token));
    }
  }
}

/** Publishes (or withdraws) an indicator of `org`. */
export function publish(base, token, org, indicator, published = true) {
  return ok(`publish ${indicator}`, call(base, 'PUT', `/api/t/${org}/indicators/${indicator}`, { published }, token));
}
